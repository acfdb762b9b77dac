using System.Text.Json.Nodes;

namespace ContractTesting.Broker.Http;

/// <summary>
/// Query strings with nested keys, read the way Ruby's Rack reads them (<c>Rack::Utils.parse_nested_query</c>), as the
/// Pact Broker's clients write them: <c>a=1</c> is a value, <c>a[]=1&amp;a[]=2</c> a list, <c>a[b]=1</c> an object, and
/// in <c>q[][pacticipant]=A&amp;q[][version]=1&amp;q[][pacticipant]=B</c> a key that repeats starts the next object of the list.
/// Values are strings; <c>+</c> is a space.
/// </summary>
internal static class RackQuery
{
    /// <summary>Parses a query (with or without its leading <c>?</c>) into an object of strings, lists and objects.</summary>
    public static JsonObject Parse(string? query)
    {
        var result = new JsonObject();
        if (string.IsNullOrEmpty(query))
        {
            return result;
        }

        foreach (var pair in query.TrimStart('?').Split(['&', ';'], StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Unescape(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? "" : Unescape(pair[(equals + 1)..]);
            Add(result, key, value);
        }

        return result;
    }

    /// <summary>A query from keys (written as they are, e.g. <c>s[][b]</c>) and values (escaped).</summary>
    public static string Build(IEnumerable<KeyValuePair<string, string>> pairs) =>
        string.Join('&', pairs.Select(pair => $"{pair.Key}={Uri.EscapeDataString(pair.Value)}"));

    private static void Add(JsonObject target, string name, string value)
    {
        var (key, after) = Split(name);
        if (key.Length == 0)
        {
            return;
        }

        if (after.Length == 0)
        {
            target[key] = value;
        }
        else if (after == "[]")
        {
            List(target, key).Add(value);
        }
        else if (after.StartsWith("[]", StringComparison.Ordinal))
        {
            var childKey = after.StartsWith("[][", StringComparison.Ordinal) && after.EndsWith(']') && after.IndexOf('[', 3) < 0
                ? after[3..^1]
                : after[2..];
            var list = List(target, key);
            if (list.Count > 0 && list[^1] is JsonObject last && !HasKey(last, childKey))
            {
                Add(last, childKey, value);
            }
            else
            {
                var item = new JsonObject();
                Add(item, childKey, value);
                list.Add(item);
            }
        }
        else
        {
            if (target[key] is not JsonObject child)
            {
                child = [];
                target[key] = child;
            }

            Add(child, after, value);
        }
    }

    // "q[][version]" is "q" and "[][version]"; "[a]b" (a child key given without brackets) is "a" and "b".
    private static (string Key, string After) Split(string name)
    {
        var start = 0;
        while (start < name.Length && name[start] is '[' or ']')
        {
            start++;
        }

        var end = start;
        while (end < name.Length && name[end] is not ('[' or ']'))
        {
            end++;
        }

        var key = name[start..end];
        var after = end;
        while (after < name.Length && name[after] == ']')
        {
            after++;
        }

        return (key, name[after..]);
    }

    private static JsonArray List(JsonObject target, string key)
    {
        if (target[key] is not JsonArray list)
        {
            list = [];
            target[key] = list;
        }

        return list;
    }

    private static bool HasKey(JsonObject json, string key)
    {
        if (key.Contains("[]", StringComparison.Ordinal))
        {
            return false;
        }

        JsonNode? node = json;
        foreach (var part in key.Split(['[', ']'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (node is not JsonObject current || !current.TryGetPropertyValue(part, out node))
            {
                return false;
            }
        }

        return true;
    }

    private static string Unescape(string text) =>
        Uri.UnescapeDataString(text.Replace('+', ' '));
}
