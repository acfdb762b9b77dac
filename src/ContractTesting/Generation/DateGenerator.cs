using ContractTesting.Temporal;

namespace ContractTesting.Generation;

/// <summary>Today's date (moved by the expression), formatted with the pattern (default <c>yyyy-MM-dd</c>).</summary>
/// <param name="Format">The pattern, or <see langword="null"/> for the default.</param>
/// <param name="Expression">An expression such as <c>+ 1 day</c>, or <see langword="null"/>.</param>
public sealed record DateGenerator(string? Format = null, string? Expression = null) : TemporalGenerator(Format, Expression)
{
    /// <inheritdoc />
    public override string Type => "Date";

    private protected override string DefaultFormat => TemporalDefaults.DateFormat;

    private protected override TemporalKind Kind => TemporalKind.Date;
}
