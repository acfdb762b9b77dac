using System.Text.Json.Nodes;
using ContractTesting.Broker.Tests.Support;

namespace ContractTesting.Broker.Tests.Reliability;

/// <summary>
/// One publication a reliability test sends: a consumer version with a pact for each provider, a branch and tags.
/// The pact for a provider depends only on the consumer, the provider and <see cref="ContentKey"/>, so publications
/// that overlap agree on their content and versions with the same key share pact content.
/// </summary>
public sealed record PlannedPublication(string Consumer, string Version, IReadOnlyList<string> Providers, int ContentKey, string Branch, IReadOnlyList<string> Tags)
{
    public JsonObject Pact(string provider) => Publications.Pact(Consumer, provider, $"request {ContentKey} from {Consumer} to {provider}");

    /// <summary>The <c>POST /contracts/publish</c> body.</summary>
    public JsonObject Request()
    {
        var body = Publications.Request(Consumer, Version, Pact(Providers[0]), Branch, [.. Tags]);
        var contracts = body["contracts"]!.AsArray();
        foreach (var provider in Providers.Skip(1))
        {
            contracts.Add(Publications.Request(Consumer, Version, Pact(provider))["contracts"]![0]!.DeepClone());
        }

        return body;
    }

    public string PactPath(string provider) => $"/pacts/provider/{provider}/consumer/{Consumer}/version/{Version}";

    /// <summary>
    /// Publications of several consumers whose versions, branches, tags and pact content overlap: consumer and version
    /// pairs repeat (so concurrent requests create the same rows), contents repeat across versions.
    /// </summary>
    public static IReadOnlyList<PlannedPublication> Overlapping(int count, string[] consumers) =>
    [
        .. Enumerable.Range(0, count).Select(i => new PlannedPublication(
            consumers[i % consumers.Length],
            $"1.0.{i % 8}",
            i % 2 == 0 ? ["Users", "Stock"] : ["Users"],
            i % 8 % 4,
            $"feat-{i % 5}",
            ["dev", $"t{i % 4}"])),
    ];
}
