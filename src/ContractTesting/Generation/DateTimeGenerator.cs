using ContractTesting.Temporal;

namespace ContractTesting.Generation;

/// <summary>The current date and time (moved by the expression), formatted with the pattern (default ISO 8601 with fractions and offset).</summary>
/// <param name="Format">The pattern, or <see langword="null"/> for the default.</param>
/// <param name="Expression">An expression such as <c>tomorrow @ 10 o'clock</c>, or <see langword="null"/>.</param>
public sealed record DateTimeGenerator(string? Format = null, string? Expression = null) : TemporalGenerator(Format, Expression)
{
    /// <inheritdoc />
    public override string Type => "DateTime";

    private protected override string DefaultFormat => TemporalDefaults.DateTimeGeneratorFormat;

    private protected override TemporalKind Kind => TemporalKind.DateTime;
}
