using ContractTesting.Temporal;

namespace ContractTesting.Rules;

/// <summary>The value must be a time of day in the given pattern (default <c>HH:mm:ss</c>).</summary>
/// <param name="Format">The pattern in Java <c>DateTimeFormatter</c> syntax, or <see langword="null"/> for the default.</param>
public sealed record TimeRule(string? Format = null) : TemporalRule(Format)
{
    /// <inheritdoc />
    public override string Name => "time";

    private protected override string DefaultFormat => TemporalDefaults.TimeFormat;

    private protected override string Kind => "time";
}
