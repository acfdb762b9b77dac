using Newtonsoft.Json.Linq;

namespace ContractTesting.Generation;

/// <summary>A random boolean (a string "true"/"false" where the example is a string).</summary>
public sealed record RandomBooleanGenerator : Generator
{
    /// <inheritdoc />
    public override string Type => "RandomBoolean";

    internal override JToken Generate(JToken example, GeneratorContext context)
    {
        var value = context.Random.Next(2) == 1;
        return example.Type == JTokenType.String ? new JValue(value ? "true" : "false") : new JValue(value);
    }
}
