namespace ContractTesting.Generation.Sampling;

internal sealed record CharClassNode(CharClass Class) : RegexNode
{
    public override void Generate(GenerationContext context)
    {
        var pool = Class.Pool;
        if (pool.IsEmpty)
        {
            context.MarkDeadEnd();
            return;
        }

        context.Append(pool.Pick(context.Random));
    }
}
