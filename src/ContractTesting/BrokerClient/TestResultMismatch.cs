using Newtonsoft.Json.Linq;

namespace ContractTesting.BrokerClient;

/// <summary>A mismatch in published verification results.</summary>
/// <param name="Attribute">The part that differed: <c>method</c>, <c>path</c>, <c>status</c>, <c>query</c>, <c>header</c>, <c>body</c> or <c>metadata</c>.</param>
/// <param name="Identifier">Which one: the query parameter, header, metadata key or body path; null for method, path and status.</param>
/// <param name="Description">What is wrong.</param>
public sealed record TestResultMismatch(string Attribute, string? Identifier, string Description)
{
    internal JObject ToJson()
    {
        var json = new JObject { ["attribute"] = Attribute };
        if (Identifier is not null)
        {
            json["identifier"] = Identifier;
        }

        json["description"] = Description;
        return json;
    }
}
