namespace ContractTesting.Broker.Matrix;

/// <summary>A version a selector matched.</summary>
internal sealed class MatrixVersion
{
    public long Id { get; init; }

    public string Number { get; init; } = "";
}
