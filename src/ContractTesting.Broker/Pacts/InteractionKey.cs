using System.Text.Json.Nodes;

namespace ContractTesting.Broker.Pacts;

/// <summary>
/// What identifies an interaction within a pact when pacts are merged or compared: its description and provider
/// states (in whichever field its specification version keeps them).
/// </summary>
internal static class InteractionKey
{
    public static string Of(JsonObject interaction)
    {
        var states = interaction["providerStates"] ?? interaction["providerState"] ?? interaction["provider_state"];
        return CanonicalJson.Write(new JsonObject
        {
            ["description"] = interaction["description"]?.DeepClone(),
            ["states"] = states?.DeepClone(),
        });
    }

    /// <summary>How a person reads the key: <c>'a request for user 42' (given 'user 42 exists')</c>.</summary>
    public static string Describe(JsonObject interaction)
    {
        var description = interaction["description"]?.ToString() ?? "(no description)";
        var states = interaction["providerStates"] switch
        {
            JsonArray list => string.Join(", ", list.OfType<JsonObject>().Select(s => s["name"]?.ToString())),
            _ => interaction["providerState"]?.ToString() ?? interaction["provider_state"]?.ToString(),
        };
        return string.IsNullOrEmpty(states) ? $"'{description}'" : $"'{description}' (given '{states}')";
    }
}
