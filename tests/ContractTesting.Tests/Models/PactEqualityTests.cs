using ContractTesting.Models;
using ContractTesting.PactFiles;
using ContractTesting.Rules;
using ContractTesting.Tests.Support;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Tests.Models;

/// <summary>Pacts, interactions and their rule sets compare by content, so two reads of one file are equal.</summary>
public sealed class PactEqualityTests
{
    public static TheoryData<string> Files => new(["v1.json", "v1_1.json", "v2.json", "v3.json", "v3-message.json", "v4.json"]);

    [Theory]
    [MemberData(nameof(Files))]
    public void Read_SameFileTwice_GivesEqualPactsWithEqualHashes(string file)
    {
        var path = TestFiles.DataPath("pacts/" + file);

        var first = PactFile.Read(path);
        var second = PactFile.Read(path);

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    [Fact]
    public void Equals_RuleChangedDeepInsideAnInteraction_IsNotEqual()
    {
        var pact = PactFile.Read(TestFiles.DataPath("pacts/v4.json"));
        var http = pact.Interactions.OfType<HttpInteraction>().First();
        var changedRules = http.Response.MatchingRules.With("body", DocPath.Parse("$.added"), new RuleList(new TypeRule()));
        var changed = pact with
        {
            Interactions = [.. pact.Interactions.Select(i => i == http ? http with { Response = http.Response with { MatchingRules = changedRules } } : i)],
        };

        Assert.NotEqual(pact, changed);
    }

    [Fact]
    public void Equals_MetadataWithKeysInAnotherOrder_IsEqual()
    {
        var left = new Pact { Consumer = new("C"), Provider = new("P"), Metadata = new Dictionary<string, JToken> { ["a"] = 1, ["b"] = "x" } };
        var right = left with { Metadata = new Dictionary<string, JToken> { ["b"] = "x", ["a"] = 1 } };

        Assert.Equal(left, right);
        Assert.NotEqual(left, right with { Metadata = new Dictionary<string, JToken> { ["b"] = "y", ["a"] = 1 } });
    }

    [Fact]
    public void Equals_ProviderStateParametersDiffer_IsNotEqual()
    {
        var state = new ProviderState("a user exists", new Dictionary<string, JToken> { ["id"] = 1 });

        Assert.Equal(state, new ProviderState("a user exists", new Dictionary<string, JToken> { ["id"] = 1 }));
        Assert.NotEqual(state, new ProviderState("a user exists", new Dictionary<string, JToken> { ["id"] = 2 }));
    }
}
