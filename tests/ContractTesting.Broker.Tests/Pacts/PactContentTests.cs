using System.Text.Json.Nodes;
using ContractTesting.Broker.Pacts;
using ContractTesting.Broker.Tests.Support;

namespace ContractTesting.Broker.Tests.Pacts;

public sealed class PactContentTests
{
    [Fact]
    public void Sha_LayoutKeyOrderInteractionOrderAndMetadata_DoNotChangeIt()
    {
        var pact = Publications.Pact("Orders", "Users", "one", "two");
        var other = Publications.Pact("Orders", "Users", "two", "one");
        other["metadata"]!["pactRust"] = new JsonObject { ["models"] = "1.0" };
        var reordered = new JsonObject(other.Reverse().Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone())));

        var first = Parse(pact.ToJsonString());
        var second = Parse(reordered.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));

        Assert.Equal(first.Sha, second.Sha);
    }

    [Fact]
    public void Sha_ChangedInteractionOrSpecification_ChangesIt()
    {
        var pact = Publications.Pact("Orders", "Users");
        var changed = Publications.Pact("Orders", "Users");
        changed["interactions"]![0]!["response"]!["status"] = 404;
        var v2 = Publications.Pact("Orders", "Users");
        v2["metadata"]!["pactSpecification"]!["version"] = "2.0.0";
        v2["interactions"]![0]!.AsObject().Remove("providerStates");
        v2["interactions"]![0]!["providerState"] = "user 42 exists";

        var shas = new[] { pact, changed, v2 }.Select(p => Parse(p.ToJsonString()).Sha).ToList();

        Assert.Equal(3, shas.Distinct().Count());
    }

    [Fact]
    public void TryParse_InvalidPact_GivesTheEnginesMessage()
    {
        var content = PactContent.TryParse("""{"consumer": {"name": "A"}, "provider": {"name": "B"}, "interactions": [{"description": 5}]}""", out var error);

        Assert.Null(content);
        Assert.StartsWith("Invalid pact at $.interactions[0]", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Ids_SameInteraction_SameIdWhereverItIs()
    {
        var one = Parse(Publications.Pact("Orders", "Users", "x", "y").ToJsonString());
        var two = Parse(Publications.Pact("Orders", "Users", "y").ToJsonString());

        Assert.Equal(one.Json["interactions"]![1]!["_id"]!.GetValue<string>(), two.Json["interactions"]![0]!["_id"]!.GetValue<string>());
        Assert.NotEqual(one.Json["interactions"]![0]!["_id"]!.GetValue<string>(), one.Json["interactions"]![1]!["_id"]!.GetValue<string>());
    }

    private static PactContent Parse(string text) => PactContent.TryParse(text, out var error) ?? throw new InvalidOperationException(error);
}
