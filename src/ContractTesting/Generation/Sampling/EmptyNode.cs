namespace ContractTesting.Generation.Sampling;

/// <summary>Anchors, empty groups and empty alternatives: they match without consuming text.</summary>
internal sealed record EmptyNode : RegexNode
{
    public static EmptyNode Instance { get; } = new();

    public override void Generate(GenerationContext context)
    {
    }
}
