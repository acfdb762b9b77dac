using Newtonsoft.Json.Linq;

namespace ContractTesting.Generation;

/// <summary>A random string of ASCII letters and digits.</summary>
/// <param name="Size">The length. Defaults to 10.</param>
public sealed record RandomStringGenerator(int Size = 10) : Generator
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    /// <inheritdoc />
    public override string Type => "RandomString";

    private protected override void WriteAttributes(JObject json) => json["size"] = Size;

    internal override JToken Generate(JToken example, GeneratorContext context) =>
        new JValue(string.Create(Math.Max(Size, 0), context.Random, static (span, random) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = Alphabet[random.Next(Alphabet.Length)];
            }
        }));
}
