using Newtonsoft.Json.Linq;

namespace ContractTesting.Generation;

/// <summary>A random (version 4) UUID.</summary>
/// <param name="Format">How to write it, or <see langword="null"/> for lower-case hyphenated (written without a <c>format</c>).</param>
public sealed record UuidGenerator(UuidFormat? Format = null) : Generator
{
    /// <summary>The pact-file names of the formats.</summary>
    internal static IReadOnlyDictionary<string, UuidFormat> FormatNames { get; } = new Dictionary<string, UuidFormat>(StringComparer.OrdinalIgnoreCase)
    {
        ["simple"] = UuidFormat.Simple,
        ["lower-case-hyphenated"] = UuidFormat.LowerCaseHyphenated,
        ["upper-case-hyphenated"] = UuidFormat.UpperCaseHyphenated,
        ["URN"] = UuidFormat.Urn,
    };

    /// <inheritdoc />
    public override string Type => "Uuid";

    private protected override void WriteAttributes(JObject json)
    {
        if (Format is { } format)
        {
            json["format"] = FormatNames.First(f => f.Value == format).Key;
        }
    }

    internal override JToken Generate(JToken example, GeneratorContext context)
    {
        Span<byte> bytes = stackalloc byte[16];
        context.Random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        var uuid = new Guid(bytes);
        return new JValue(Format switch
        {
            UuidFormat.Simple => uuid.ToString("N"),
            UuidFormat.UpperCaseHyphenated => uuid.ToString("D").ToUpperInvariant(),
            UuidFormat.Urn => "urn:uuid:" + uuid.ToString("D"),
            _ => uuid.ToString("D"),
        });
    }
}
