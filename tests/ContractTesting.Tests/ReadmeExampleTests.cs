using ContractTesting.Matching;
using ContractTesting.Models;
using ContractTesting.PactFiles;
using ContractTesting.Tests.Support;

namespace ContractTesting.Tests;

/// <summary>The "Using the engine" example of README.md, run as written (with a pact from data/pacts), so the README stays true.</summary>
public sealed class ReadmeExampleTests
{
    [Fact]
    public void Example_ProviderAnswerWithWrongType_IsReportedAndPactUpgrades()
    {
        Pact pact = PactFile.Read(TestFiles.DataPath("pacts/v2.json"));
        var interaction = (HttpInteraction)pact.Interactions[0];
        var actual = new HttpResponse
        {
            Status = 200,
            Headers = HeaderCollection.From([new("Content-Type", "application/json; charset=utf-8")]),
            Body = Body.FromText("""{"id": "7", "name": "Ada", "orders": [{"id": 1, "total": 5.5}]}"""),
        };
        var upgraded = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".json");

        MatchResult result = PactMatcher.MatchResponse(interaction.Response, actual, pact.Specification);
        PactFile.Write(pact with { Specification = PactSpecification.V4 }, upgraded);

        try
        {
            var mismatch = Assert.Single(result.Mismatches);
            Assert.Equal("Body $.id: Expected '7' (String) to be the same type as 1 (Integer)", $"{mismatch.Part} {mismatch.Location}: {mismatch.Message}");
            Assert.Equal(PactSpecification.V4, PactFile.Read(upgraded).Specification);
        }
        finally
        {
            File.Delete(upgraded);
        }
    }
}
