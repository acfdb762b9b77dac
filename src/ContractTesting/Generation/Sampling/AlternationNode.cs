namespace ContractTesting.Generation.Sampling;

internal sealed record AlternationNode(IReadOnlyList<RegexNode> Alternatives) : RegexNode
{
    public override void Generate(GenerationContext context) =>
        Alternatives[context.Random.Next(Alternatives.Count)].Generate(context);
}
