using System.Text.Json.Nodes;

namespace ContractTesting.Broker.Http;

/// <summary>
/// The problems found in a request, by field, rendered as the Pact Broker does: <c>{"field": ["message", …]}</c>.
/// Problems inside a list item are kept under the list's name with the index in the text
/// (<c>"contracts": ["consumerName is missing (at index 0)"]</c>).
/// </summary>
internal sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _byField = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];

    public bool Any => _order.Count > 0;

    /// <summary>How many problems were found.</summary>
    public int Count => _byField.Values.Sum(messages => messages.Count);

    public void Add(string field, string message)
    {
        if (!_byField.TryGetValue(field, out var messages))
        {
            messages = [];
            _byField[field] = messages;
            _order.Add(field);
        }

        messages.Add(message);
    }

    /// <summary>Throws a 400 with these errors, if there are any.</summary>
    /// <exception cref="BrokerProblem">There are errors.</exception>
    public void ThrowIfAny()
    {
        if (Any)
        {
            throw BrokerProblem.Invalid(this);
        }
    }

    public JsonObject ToJson()
    {
        var json = new JsonObject();
        foreach (var field in _order)
        {
            json[field] = new JsonArray([.. _byField[field].Select(message => (JsonNode?)message)]);
        }

        return json;
    }
}
