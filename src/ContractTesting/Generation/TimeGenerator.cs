using ContractTesting.Temporal;

namespace ContractTesting.Generation;

/// <summary>The current time (moved by the expression), formatted with the pattern (default <c>HH:mm:ss</c>).</summary>
/// <param name="Format">The pattern, or <see langword="null"/> for the default.</param>
/// <param name="Expression">An expression such as <c>+ 1 hour</c>, or <see langword="null"/>.</param>
public sealed record TimeGenerator(string? Format = null, string? Expression = null) : TemporalGenerator(Format, Expression)
{
    /// <inheritdoc />
    public override string Type => "Time";

    private protected override string DefaultFormat => TemporalDefaults.TimeFormat;

    private protected override TemporalKind Kind => TemporalKind.Time;
}
