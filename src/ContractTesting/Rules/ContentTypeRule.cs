using System.Text;
using ContractTesting.Bodies;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Rules;

/// <summary>
/// Binary content must be of a content type, detected from its leading bytes (magic numbers): a JPEG for
/// <c>image/jpeg</c>, a PDF for <c>application/pdf</c>, and so on.
/// </summary>
/// <param name="Value">The expected content type, e.g. <c>image/jpeg</c>.</param>
public sealed record ContentTypeRule(string Value) : MatchingRule
{
    /// <inheritdoc />
    public override string Name => "contentType";

    private protected override void WriteAttributes(JObject json) => json["value"] = Value;

    internal override string? MatchJson(JToken expected, JToken actual, bool cascaded) => Check(BytesOf(actual));

    internal override string? MatchText(string expected, string actual, bool cascaded) => Check(Encoding.UTF8.GetBytes(actual));

    internal override string? MatchBytes(ReadOnlySpan<byte> expected, ReadOnlySpan<byte> actual, bool cascaded) => Check(actual);

    internal override string? MatchCollection(JContainer expected, JContainer actual, bool cascaded) => null;

    private string? Check(ReadOnlySpan<byte> data) =>
        ContentSniffer.Matches(data, Value, out var detected)
            ? null
            : $"Expected binary contents to have content type '{Value}' but detected contents was '{detected}'";

    // A JSON string holding binary content is base64 in pact files; plain text is taken as it is.
    private static byte[] BytesOf(JToken value)
    {
        if (value.Type != JTokenType.String)
        {
            return Encoding.UTF8.GetBytes(value.ToString(Newtonsoft.Json.Formatting.None));
        }

        var text = value.Value<string>()!;
        return Bodies.Base64Text.TryDecode(text, out var bytes) ? bytes : Encoding.UTF8.GetBytes(text);
    }
}
