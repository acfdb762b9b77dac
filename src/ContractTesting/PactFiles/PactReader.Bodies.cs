using ContractTesting.Bodies;
using ContractTesting.Json;
using ContractTesting.Models;
using Newtonsoft.Json.Linq;

namespace ContractTesting.PactFiles;

internal static partial class PactReader
{
    /// <summary>Reads a body in the layout of the version: the value itself (V1–V3) or a V4 body object.</summary>
    private static Body ReadBody(JObject json, string field, string? declaredType, PactSpecification specification)
    {
        if (!json.TryGetValue(field, StringComparison.Ordinal, out var value))
        {
            return Body.Missing;
        }

        return specification == PactSpecification.V4 ? ReadV4Body(value, declaredType) : ReadPlainBody(value, declaredType);
    }

    /// <summary>
    /// V1–V3: JSON values are JSON bodies; a string is text, parsed as JSON for JSON content types (a string that is not
    /// JSON becomes a JSON string), and base64 for binary content types.
    /// </summary>
    internal static Body ReadPlainBody(JToken value, string? declaredType)
    {
        switch (value.Type)
        {
            case JTokenType.Null:
                return Body.Null;
            case JTokenType.String:
                var text = value.Value<string>()!;
                if (text.Length == 0)
                {
                    return Body.Empty;
                }

                var type = ContentType.TryParse(declaredType, out var declared) ? declared : ContentTypes.DetectText(text);
                if (type.IsJson)
                {
                    return LooksLikeJsonText(text) ? Body.FromText(text) : Body.FromText(PactJson.Compact(new JValue(text)));
                }

                return type.IsText || !Base64Text.TryDecode(text, out var bytes) ? Body.FromBytes(TextEncodings.Encode(text, type)) : Body.FromBytes(bytes);
            default:
                return Body.FromText(PactJson.Compact(value));
        }
    }

    private static bool LooksLikeJsonText(string text)
    {
        try
        {
            return PactJson.Parse(text).Type is JTokenType.Object or JTokenType.String;
        }
        catch (JsonParseException)
        {
            return false;
        }
    }

    /// <summary>V4: <c>{"content": …, "contentType": …, "encoded": false|"base64"|"json", "contentTypeHint": …}</c>.</summary>
    private static Body ReadV4Body(JToken value, string? declaredType)
    {
        if (value.Type == JTokenType.Null)
        {
            return Body.Null;
        }

        if (value is not JObject body || !body.ContainsKey("content") && body.Properties().Any(p => p.Name is not ("contentType" or "encoded" or "contentTypeHint")))
        {
            // A bare JSON value where the body object belongs is taken as JSON content.
            return Body.FromText(PactJson.Compact(value), ContentType.Json);
        }

        if (!body.TryGetValue("content", StringComparison.Ordinal, out var content))
        {
            return Body.Missing;
        }

        if (content.Type == JTokenType.Null)
        {
            return Body.Null;
        }

        var contentType = JsonRead.Optional(body, "contentType") is { } ct
            ? ParseContentType(ct)
            : ContentType.TryParse(declaredType, out var declared) ? declared : null;
        var hint = ReadHint(body);
        var encoding = Encoding(body);
        if (encoding is null && contentType is { IsJson: true })
        {
            // JSON content is kept parsed with the body, so writing it again needs no second parse.
            return content.Type == JTokenType.String && content.Value<string>()!.Length == 0
                ? Body.Empty
                : Body.FromJson(content, contentType).WithHint(hint);
        }

        var bytes = encoding switch
        {
            "base64" => Base64Text.TryDecode(JsonRead.String(content), out var decoded) ? decoded : throw JsonRead.Error(content, "the content is marked as base64 but is not valid base64"),
            "json" => System.Text.Encoding.UTF8.GetBytes(JsonRead.String(content)),
            _ => System.Text.Encoding.UTF8.GetBytes(content.Type == JTokenType.String ? content.Value<string>()! : PactJson.Compact(content)),
        };
        if (bytes.Length == 0)
        {
            return Body.Empty;
        }

        contentType ??= ContentTypes.Detect(bytes) ?? ContentType.OctetStream;
        return Body.FromBytes(bytes, contentType, hint);
    }

    /// <summary>The V4 <c>encoded</c> attribute: <see langword="null"/> for plain content, else "base64" or "json".</summary>
    private static string? Encoding(JObject body)
    {
        var encoded = JsonRead.Optional(body, "encoded");
        var encoding = encoded switch
        {
            null => null,
            { Type: JTokenType.Boolean } => encoded.Value<bool>() ? "base64" : null,
            { Type: JTokenType.String } => encoded.Value<string>()!.ToLowerInvariant(),
            _ => throw JsonRead.Error(encoded, "'encoded' must be false, true, \"base64\" or \"json\""),
        };
        return encoding is null or "base64" or "json"
            ? encoding
            : throw JsonRead.Error(encoded!, $"'{encoding}' is not a known body encoding (base64 or json)");
    }

    private static ContentTypeHint ReadHint(JObject body) => JsonRead.Optional(body, "contentTypeHint") is { } hint
        ? JsonRead.String(hint).ToUpperInvariant() switch
        {
            "TEXT" => ContentTypeHint.Text,
            "BINARY" => ContentTypeHint.Binary,
            "DEFAULT" => ContentTypeHint.Default,
            _ => throw JsonRead.Error(hint, "'contentTypeHint' must be TEXT, BINARY or DEFAULT"),
        }
        : ContentTypeHint.Default;

    private static ContentType ParseContentType(JToken token)
    {
        var text = JsonRead.String(token);
        return ContentType.TryParse(text, out var type) ? type : throw JsonRead.Error(token, $"'{text}' is not a valid content type");
    }
}
