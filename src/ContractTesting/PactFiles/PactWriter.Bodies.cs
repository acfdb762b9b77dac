using ContractTesting.Bodies;
using ContractTesting.Json;
using ContractTesting.Models;
using Newtonsoft.Json.Linq;

namespace ContractTesting.PactFiles;

internal static partial class PactWriter
{
    /// <summary>
    /// Writes a body: JSON content as JSON, text as a string, binary content base64-encoded. V4 wraps it in
    /// <c>{"content", "contentType", "encoded"}</c>; earlier versions write the value itself.
    /// </summary>
    /// <exception cref="InvalidOperationException">Before V4: the written value would read back as a different body.</exception>
    private static void WriteBody(JObject json, string field, Body body, ContentType? type, PactSpecification version, string? declaredType = null)
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
            EnsureReadsBack(field, content, declaredType, body, type, version);
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
        if (!binary && TextEncodings.TryDecode(bytes, version == PactSpecification.V4 ? null : type, out var text))
        {
            return (new JValue(text), null);
        }

        return (new JValue(Convert.ToBase64String(bytes)), version == PactSpecification.V4 ? "base64" : null);
    }

    // V1–V3 have no marker for how a body is written; reading the value back is the only check that nothing was lost.
    private static void EnsureReadsBack(string field, JToken written, string? declaredType, Body body, ContentType? type, PactSpecification version)
    {
        var back = PactReader.ReadPlainBody(written, declaredType);
        var same = back.State == body.State && (type is { IsJson: true } && TryJson(body, out var expected) && TryJson(back, out var actual)
            ? PactJson.ValueEquals(expected, actual)
            : back.Content.Span.SequenceEqual(body.Content.Span));
        if (!same)
        {
            throw new InvalidOperationException(
                $"its {field} ({body}) would read back differently from a specification {version.ToVersionString()} file, which cannot mark how a body is encoded; write V4");
        }
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
