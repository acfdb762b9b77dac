namespace ContractTesting.Generation.Sampling;

internal sealed record SequenceNode(IReadOnlyList<RegexNode> Items) : RegexNode
{
    public override void Generate(GenerationContext context)
    {
        foreach (var item in Items)
        {
            if (context.IsDeadEnd)
            {
                return;
            }

            item.Generate(context);
        }
    }
}
