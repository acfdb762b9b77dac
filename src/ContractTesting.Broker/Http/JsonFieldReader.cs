using System.Text.Json;
using System.Text.Json.Nodes;

namespace ContractTesting.Broker.Http;

/// <summary>
/// Reads typed fields of a JSON object and reports each problem in the Pact Broker's wording ("is missing",
/// "must be a string", "cannot be blank", "cannot contain multiple lines") through <paramref name="report"/>, which
/// receives the field name and the problem.
/// </summary>
internal sealed class JsonFieldReader(JsonObject json, Action<string, string> report)
{
    /// <summary>A reader that reports under each field's own name.</summary>
    public static JsonFieldReader ForFields(JsonObject json, ValidationErrors errors) => new(json, errors.Add);

    /// <summary>A reader for one item of a list, reporting under the list's name with the item's index.</summary>
    public static JsonFieldReader ForItem(JsonObject json, ValidationErrors errors, string list, int index) =>
        new(json, (field, problem) => errors.Add(list, $"{field} {problem} (at index {index})"));

    public JsonObject Json => json;

    public bool Has(string name) => json.ContainsKey(name);

    public void Report(string field, string problem) => report(field, problem);

    /// <summary>A string that must be present and not blank.</summary>
    public string? RequiredString(string name, bool singleLine = false)
    {
        if (!json.TryGetPropertyValue(name, out var node) || node is null)
        {
            report(name, "is missing");
            return null;
        }

        return Text(name, node, allowBlank: false, singleLine);
    }

    /// <summary>A string that may be absent or null (both give <see langword="null"/>).</summary>
    public string? OptionalString(string name, bool allowBlank = true, bool singleLine = false)
    {
        if (!json.TryGetPropertyValue(name, out var node) || node is null)
        {
            return null;
        }

        var text = Text(name, node, allowBlank: true, singleLine);
        if (text is not null && !allowBlank && text.Trim().Length == 0)
        {
            report(name, "cannot be blank");
            return null;
        }

        return text;
    }

    /// <summary>A boolean that may be absent or null.</summary>
    public bool? OptionalBoolean(string name)
    {
        if (!json.TryGetPropertyValue(name, out var node) || node is null)
        {
            return null;
        }

        if (node is JsonValue value && value.GetValueKind() is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetValue<bool>();
        }

        report(name, "must be a boolean");
        return null;
    }

    /// <summary>A list of non-blank strings that may be absent or null.</summary>
    public IReadOnlyList<string>? OptionalStringList(string name)
    {
        if (!json.TryGetPropertyValue(name, out var node) || node is null)
        {
            return null;
        }

        if (node is not JsonArray array)
        {
            report(name, "must be an array");
            return null;
        }

        var items = new List<string>();
        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is JsonValue value && value.GetValueKind() == JsonValueKind.String && value.GetValue<string>() is { } text)
            {
                if (text.Trim().Length == 0)
                {
                    report($"{name}[{i}]", "cannot be blank");
                }
                else
                {
                    items.Add(text);
                }
            }
            else
            {
                report($"{name}[{i}]", "must be a string");
            }
        }

        return items;
    }

    /// <summary>An array that must be present.</summary>
    public JsonArray? RequiredArray(string name)
    {
        if (!json.TryGetPropertyValue(name, out var node) || node is null)
        {
            report(name, "is missing");
            return null;
        }

        if (node is JsonArray array)
        {
            return array;
        }

        report(name, "must be an array");
        return null;
    }

    private string? Text(string name, JsonNode node, bool allowBlank, bool singleLine)
    {
        if (node is not JsonValue value || value.GetValueKind() != JsonValueKind.String)
        {
            report(name, "must be a string");
            return null;
        }

        var text = value.GetValue<string>();
        if (!allowBlank && text.Trim().Length == 0)
        {
            report(name, "cannot be blank");
            return null;
        }

        if (singleLine && text.AsSpan().IndexOfAny('\r', '\n') >= 0)
        {
            report(name, "cannot contain multiple lines");
            return null;
        }

        return text;
    }
}
