using Newtonsoft.Json.Linq;

namespace ContractTesting.Generation;

/// <summary>A random string that matches a regular expression.</summary>
/// <param name="Regex">The regular expression.</param>
public sealed record RegexGenerator(string Regex) : Generator
{
    /// <inheritdoc />
    public override string Type => "Regex";

    private protected override void WriteAttributes(JObject json) => json["regex"] = Regex;

    internal override JToken Generate(JToken example, GeneratorContext context)
    {
        try
        {
            return new JValue(Sampling.RegexSampler.Generate(Regex, context.Random));
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            throw new GenerationException($"Cannot generate a value for the regular expression '{Regex}': {e.Message}", e);
        }
    }
}
