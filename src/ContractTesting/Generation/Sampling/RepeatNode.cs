namespace ContractTesting.Generation.Sampling;

/// <summary>A quantified node. <see cref="Max"/> is null for unbounded quantifiers.</summary>
internal sealed record RepeatNode(RegexNode Body, int Min, int? Max) : RegexNode
{
    /// <summary>How many repetitions beyond the minimum an unbounded quantifier may add.</summary>
    public const int UnboundedExtra = 8;

    public override void Generate(GenerationContext context)
    {
        // long arithmetic: {n,int.MaxValue} would overflow the exclusive upper bound.
        long upper = Max ?? Math.Min((long)Min + UnboundedExtra, int.MaxValue);
        var count = context.Random.NextInt64(Min, upper + 1);
        for (long i = 0; i < count && !context.IsDeadEnd; i++)
        {
            Body.Generate(context);
        }
    }
}
