namespace ContractTesting.Generation.Sampling;

/// <summary>A node of the parsed pattern that knows how to produce text it matches.</summary>
internal abstract record RegexNode
{
    public abstract void Generate(GenerationContext context);
}
