using ContractTesting.Temporal;

namespace ContractTesting.Rules;

/// <summary>The value must be a date in the given pattern (default <c>yyyy-MM-dd</c>).</summary>
/// <param name="Format">The pattern in Java <c>DateTimeFormatter</c> syntax, or <see langword="null"/> for the default.</param>
public sealed record DateRule(string? Format = null) : TemporalRule(Format)
{
    /// <inheritdoc />
    public override string Name => "date";

    private protected override string DefaultFormat => TemporalDefaults.DateFormat;

    private protected override string Kind => "date";
}
