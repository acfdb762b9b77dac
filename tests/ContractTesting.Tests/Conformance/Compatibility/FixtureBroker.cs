using ContractTesting.Mocking;
using ContractTesting.Models;
using ContractTesting.PactFiles;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Tests.Conformance.Compatibility;

/// <summary>
/// A Pact Broker stub made from the suite's fixtures, as the reference suite makes it: our mock server plays the
/// broker's side of <c>pact-broker_cN.json</c> (the index, pacts for verification, publishing results), plus one
/// interaction that serves the pact document of consumer <c>c_N</c> with its <c>pb:publish-verification-results</c>
/// link. The links are MockServerURL generators, so every href points back at the stub.
/// </summary>
internal static class FixtureBroker
{
    public static async Task<MockServer> StartAsync(World world, int number, Pact pact)
    {
        var fixture = JObject.Parse(await File.ReadAllTextAsync(Path.Combine(world.Fixtures, $"pact-broker_c{number}.json"), TestContext.Current.CancellationToken));
        ((JArray)fixture["interactions"]!).Add(PactDocumentInteraction(number, pact, world.Specification));
        return await MockServer.StartAsync(PactFile.Parse(fixture.ToString()), cancellationToken: TestContext.Current.CancellationToken);
    }

    /// <summary>The broker's pact document for the pact: its JSON, each interaction with an <c>_id</c>, and the publishing link.</summary>
    private static JObject PactDocumentInteraction(int number, Pact pact, PactSpecification specification)
    {
        var publishPath = $"/pacts/provider/{VerificationWorld.ProviderName}/consumer/c_{number}/verification-results";
        var document = JObject.Parse(PactFile.Serialize(pact, specification));
        var id = 0;
        foreach (var interaction in ((JArray)document["interactions"]!).Cast<JObject>())
        {
            interaction["_id"] = $"ID{++id}";
        }

        document["_links"] = new JObject
        {
            ["pb:publish-verification-results"] = new JObject { ["title"] = "Publish verification results", ["href"] = "http://localhost:1234" + publishPath },
        };
        var hrefPath = "$._links.pb:publish-verification-results.href";
        var regex = $".*({publishPath.Replace("/", "\\/", StringComparison.Ordinal)})";
        return new JObject
        {
            ["type"] = "Synchronous/HTTP",
            ["description"] = $"a request for the pact of c_{number}",
            ["request"] = new JObject { ["method"] = "GET", ["path"] = $"/pacts/provider/{VerificationWorld.ProviderName}/consumer/c_{number}" },
            ["response"] = new JObject
            {
                ["status"] = 200,
                ["headers"] = new JObject { ["Content-Type"] = new JArray("application/json") },
                ["body"] = new JObject { ["content"] = document, ["contentType"] = "application/json", ["encoded"] = false },
                ["matchingRules"] = new JObject
                {
                    ["body"] = new JObject { [hrefPath] = new JObject { ["combine"] = "AND", ["matchers"] = new JArray(new JObject { ["match"] = "regex", ["regex"] = regex }) } },
                },
                ["generators"] = new JObject
                {
                    ["body"] = new JObject { [hrefPath] = new JObject { ["type"] = "MockServerURL", ["example"] = "http://localhost:1234" + publishPath, ["regex"] = regex } },
                },
            },
        };
    }
}
