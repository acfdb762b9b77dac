using ContractTesting.Temporal;

namespace ContractTesting.Rules;

/// <summary>The value must be a date and time in the given pattern (default <c>yyyy-MM-dd'T'HH:mm:ssXXX</c>).</summary>
/// <param name="Format">The pattern in Java <c>DateTimeFormatter</c> syntax, or <see langword="null"/> for the default.</param>
public sealed record DateTimeRule(string? Format = null) : TemporalRule(Format)
{
    /// <inheritdoc />
    public override string Name => "datetime";

    private protected override string DefaultFormat => TemporalDefaults.DateTimeMatcherFormat;

    private protected override string Kind => "timestamp";
}
