namespace ContractTesting.Broker.Matrix;

/// <summary>What a matrix question found: the rows that count, the ignored ones, and what they were selected by.</summary>
internal sealed record MatrixResult(
    MatrixQuery Query,
    IReadOnlyList<MatrixRow> Considered,
    IReadOnlyList<MatrixRow> Ignored,
    IReadOnlyList<ResolvedSelector> Selectors,
    IReadOnlyList<ResolvedSelector> IgnoreSelectors,
    IReadOnlyList<MatrixIntegration> Integrations)
{
    public IEnumerable<MatrixRow> AllRows => Considered.Concat(Ignored);
}
