using ContractTesting.Rules;
using ContractTesting.Models;
using Newtonsoft.Json.Linq;

namespace ContractTesting.PactFiles;

internal static partial class PactWriter
{
    /// <summary>
    /// Writes a body: JSON content as JSON, text as a string, binary content base64-encoded. V4 wraps it in
    /// <c>{"content", "contentType", "encoded"}</c>; earlier versions write the value itself.
    /// </summary>
    private static void WriteBody(JObject json, string field, Body body, ContentType? type, PactSpecification version)
    {
        switch (body.State)
        {
            case BodyState.Missing:
                return;
            case BodyState.Null:
                json[field] = JValue.CreateNull();
                return;
            case BodyState.Empty:
                json[field] = version == PactSpecification.V4 ? new JObject { ["content"] = string.Empty } : string.Empty;
                return;
        }

        var (content, encoding) = Content(body, type, version);
        if (version != PactSpecification.V4)
        {
            json[field] = content;
            return;
        }

        var wrapped = new JObject
        {
            ["content"] = content,
            ["contentType"] = (type ?? ContentType.OctetStream).ToString(),
            ["encoded"] = encoding is null ? new JValue(false) : new JValue(encoding),
        };
        if (body.Hint != ContentTypeHint.Default)
        {
            wrapped["contentTypeHint"] = body.Hint.ToString().ToUpperInvariant();
        }

        json[field] = wrapped;
    }

    /// <summary>The content as written, and the V4 <c>encoded</c> value (<see langword="null"/> for plain content).</summary>
    private static (JToken Content, string? Encoding) Content(Body body, ContentType? type, PactSpecification version)
    {
        var bytes = body.Content.Span;
        if (type is { IsJson: true } && body.Hint != ContentTypeHint.Binary && TryJson(body, out var parsed))
        {
            // A JSON null as content would read back as a null body, so V4 carries it as JSON text instead.
            return parsed.Type == JTokenType.Null && version == PactSpecification.V4 ? (new JValue("null"), "json") : (parsed, null);
        }

        var binary = body.Hint == ContentTypeHint.Binary || (body.Hint != ContentTypeHint.Text && type is { IsBinary: true });
        if (!binary && Utf8Text.TryDecode(bytes, out var text))
        {
            return (new JValue(text), null);
        }

        return (new JValue(Convert.ToBase64String(bytes)), version == PactSpecification.V4 ? "base64" : null);
    }

    private static bool TryJson(Body body, out JToken json)
    {
        try
        {
            json = body.ParseJson().DeepClone();
            return true;
        }
        catch (Json.JsonParseException)
        {
            json = JValue.CreateNull();
            return false;
        }
    }
}
