using System.Text;
using ContractTesting.Matching;
using ContractTesting.Models;
using ContractTesting.PactFiles;
using ContractTesting.Rules;
using ContractTesting.Tests.Support;

namespace ContractTesting.Tests.PactFiles;

/// <summary>
/// The files under data/pacts are pacts of every version in the form we write. Reading then writing each must give
/// back the same bytes (nothing lost, output deterministic), and upgrading to V4 must keep what the pact means.
/// </summary>
public sealed class PactFileRoundTripTests
{
    public static TheoryData<string> Files => new(["v1.json", "v1_1.json", "v2.json", "v3.json", "v3-message.json", "v4.json"]);

    [Theory]
    [MemberData(nameof(Files))]
    public void Serialize_ReadFile_GivesTheSameBytes(string file)
    {
        var path = TestFiles.DataPath("pacts/" + file);
        var original = File.ReadAllText(path, Encoding.UTF8);

        var written = PactFile.Serialize(PactFile.Read(path));

        Assert.Equal(original, written);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Serialize_SamePactTwice_GivesIdenticalText(string file)
    {
        var pact = PactFile.Read(TestFiles.DataPath("pacts/" + file));

        var first = PactFile.Serialize(pact);
        var second = PactFile.Serialize(PactFile.Parse(first));

        Assert.Equal(first, second);
    }

    [Theory]
    [InlineData("v1_1.json")]
    [InlineData("v2.json")]
    [InlineData("v3.json")]
    [InlineData("v3-message.json")]
    public void Serialize_UpgradeToV4_KeepsTheMeaning(string file)
    {
        var original = PactFile.Read(TestFiles.DataPath("pacts/" + file));

        var upgraded = PactFile.Parse(PactFile.Serialize(original, PactSpecification.V4));

        Assert.Equal(PactSpecification.V4, upgraded.Specification);
        Assert.Equal(original.Interactions.Count, upgraded.Interactions.Count);
        foreach (var (before, after) in original.Interactions.Zip(upgraded.Interactions))
        {
            Assert.Equal(before.Description, after.Description);
            Assert.Equal(before.ProviderStates.Select(s => s.Name), after.ProviderStates.Select(s => s.Name));
            AssertSameMeaning(before, after);
        }
    }

    // Each side must accept what the other expects: the upgraded expectation still matches the original example
    // and vice versa, and the rules survive (an upgraded rule rejects what the original rejects).
    private static void AssertSameMeaning(Interaction before, Interaction after)
    {
        switch (before, after)
        {
            case (HttpInteraction b, HttpInteraction a):
                Assert.True(PactMatcher.MatchRequest(a.Request, b.Request).Matched, "upgraded request rejects the original example");
                Assert.True(PactMatcher.MatchRequest(b.Request, a.Request).Matched, "original request rejects the upgraded example");
                Assert.True(PactMatcher.MatchResponse(a.Response, b.Response).Matched, "upgraded response rejects the original example");
                Assert.True(PactMatcher.MatchResponse(b.Response, a.Response).Matched, "original response rejects the upgraded example");
                Assert.Equal(Rules(b.Request.MatchingRules), Rules(a.Request.MatchingRules));
                Assert.Equal(Rules(b.Response.MatchingRules), Rules(a.Response.MatchingRules));
                break;
            case (AsynchronousMessage b, AsynchronousMessage a):
                Assert.True(PactMatcher.MatchMessage(a.Contents, b.Contents).Matched, "upgraded message rejects the original example");
                Assert.True(PactMatcher.MatchMessage(b.Contents, a.Contents).Matched, "original message rejects the upgraded example");
                Assert.Equal(Rules(b.Contents.MatchingRules), Rules(a.Contents.MatchingRules));
                break;
            default:
                Assert.Fail($"The interaction '{before.Description}' changed kind from {before.Type} to {after.Type}.");
                break;
        }
    }

    private static List<string> Rules(MatchingRules rules) =>
        [.. rules.Categories.SelectMany(c => c.Rules.Select(r => $"{c.Name} {r.Key} {r.Value.Logic} {string.Join(" ", r.Value.Rules)}")).Order(StringComparer.Ordinal)];
}
