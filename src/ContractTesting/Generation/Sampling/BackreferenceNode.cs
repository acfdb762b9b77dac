namespace ContractTesting.Generation.Sampling;

internal sealed record BackreferenceNode(int Group) : RegexNode
{
    public override void Generate(GenerationContext context)
    {
        // In .NET a backreference to a group that has not matched fails, so this path cannot match.
        if (context.TryGetCapture(Group, out var captured))
        {
            context.Append(captured);
        }
        else
        {
            context.MarkDeadEnd();
        }
    }
}
