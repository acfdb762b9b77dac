using Newtonsoft.Json.Linq;

namespace ContractTesting.Generation;

/// <summary>A random string of upper-case hexadecimal digits.</summary>
/// <param name="Digits">The number of digits. Defaults to 10.</param>
public sealed record RandomHexadecimalGenerator(int Digits = 10) : Generator
{
    /// <inheritdoc />
    public override string Type => "RandomHexadecimal";

    private protected override void WriteAttributes(JObject json) => json["digits"] = Digits;

    internal override JToken Generate(JToken example, GeneratorContext context) =>
        new JValue(string.Create(Math.Max(Digits, 1), context.Random, static (span, random) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = "0123456789ABCDEF"[random.Next(16)];
            }
        }));
}
