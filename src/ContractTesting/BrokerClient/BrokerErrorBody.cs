using ContractTesting.Json;
using Newtonsoft.Json.Linq;

namespace ContractTesting.BrokerClient;

/// <summary>
/// What a broker's error answer says: its <c>errors</c> (an array of strings, an object of field → messages, or a
/// string), <c>error.message</c>, a problem document's <c>title</c> and <c>detail</c>, and its <c>notices</c>
/// (<c>[{type, text}]</c>).
/// </summary>
internal static class BrokerErrorBody
{
    public static (IReadOnlyList<string> Errors, IReadOnlyList<string> Notices) Read(string body)
    {
        JObject json;
        try
        {
            if (body.Trim().Length == 0 || PactJson.Parse(body) is not JObject parsed)
            {
                return ([], []);
            }

            json = parsed;
        }
        catch (JsonParseException)
        {
            return ([], []);
        }

        var errors = new List<string>();
        AddErrors(json["errors"], prefix: null, errors);
        if (json["error"] is JObject { } error && error["message"] is JValue { Type: JTokenType.String } message)
        {
            errors.Add((string)message!);
        }
        else if (json["error"] is JValue { Type: JTokenType.String } text)
        {
            errors.Add((string)text!);
        }

        if (errors.Count == 0 && json["title"] is JValue { Type: JTokenType.String } title)
        {
            errors.Add(json["detail"] is JValue { Type: JTokenType.String } detail ? $"{title}: {detail}" : (string)title!);
        }

        var notices = (json["notices"] as JArray ?? [])
            .Select(n => n is JObject notice ? notice["text"] : n)
            .OfType<JValue>()
            .Where(v => v.Type == JTokenType.String)
            .Select(v => (string)v!)
            .ToList();
        return (errors, notices);
    }

    private static void AddErrors(JToken? errors, string? prefix, List<string> into)
    {
        switch (errors)
        {
            case JValue { Type: JTokenType.String } text:
                into.Add(prefix is null ? (string)text! : $"{prefix}: {text}");
                break;
            case JArray array:
                foreach (var item in array)
                {
                    AddErrors(item, prefix, into);
                }

                break;
            case JObject fields:
                foreach (var (field, messages) in fields)
                {
                    AddErrors(messages, prefix is null ? field : $"{prefix}.{field}", into);
                }

                break;
            case JValue { Type: not JTokenType.Null } other:
                var json = PactJson.Compact(other);
                into.Add(prefix is null ? json : $"{prefix}: {json}");
                break;
        }
    }
}
