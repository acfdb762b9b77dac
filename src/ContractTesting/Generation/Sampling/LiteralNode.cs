namespace ContractTesting.Generation.Sampling;

internal sealed record LiteralNode(char Value) : RegexNode
{
    public override void Generate(GenerationContext context) => context.Append(Value);
}
