namespace ContractTesting.Generation.Sampling;

/// <summary>A capturing group; <see cref="Group"/> is the number .NET assigns it, named groups included.</summary>
internal sealed record CaptureNode(int Group, RegexNode Body) : RegexNode
{
    public override void Generate(GenerationContext context)
    {
        var start = context.Length;
        Body.Generate(context);

        // Recorded only once the group is complete, so \1 inside group 1 sees the previous
        // iteration's text, as it does in .NET.
        if (!context.IsDeadEnd)
        {
            context.Capture(Group, start);
        }
    }
}
