namespace ContractTesting.Broker.Matrix;

/// <summary>One reason for a verdict, with its notice type: <c>success</c>, <c>error</c>, <c>warning</c> or <c>info</c>.</summary>
internal sealed record MatrixReason(string Type, string Text)
{
    public static MatrixReason Success(string text) => new("success", text);

    public static MatrixReason Error(string text) => new("error", text);

    public static MatrixReason Warning(string text) => new("warning", text);
}
