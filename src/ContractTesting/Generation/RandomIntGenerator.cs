using Newtonsoft.Json.Linq;

namespace ContractTesting.Generation;

/// <summary>A random integer between <paramref name="Min"/> and <paramref name="Max"/> inclusive.</summary>
/// <param name="Min">The smallest value. Defaults to 0.</param>
/// <param name="Max">The largest value. Defaults to 10.</param>
public sealed record RandomIntGenerator(int Min = 0, int Max = 10) : Generator
{
    /// <inheritdoc />
    public override string Type => "RandomInt";

    private protected override void WriteAttributes(JObject json)
    {
        json["min"] = Min;
        json["max"] = Max;
    }

    internal override JToken Generate(JToken example, GeneratorContext context)
    {
        var value = context.Random.NextInt64(Math.Min(Min, Max), (long)Math.Max(Min, Max) + 1);
        return example.Type == JTokenType.String ? new JValue(value.ToString(System.Globalization.CultureInfo.InvariantCulture)) : new JValue(value);
    }
}
