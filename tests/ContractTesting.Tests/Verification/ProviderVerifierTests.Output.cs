using ContractTesting.Tests.Support;
using Newtonsoft.Json.Linq;
using static ContractTesting.Tests.Support.VerifierPacts;

namespace ContractTesting.Tests.Verification;

public sealed partial class ProviderVerifierTests
{
    [Fact]
    public async Task VerifyAsync_InteractionWithComments_PrintsThemAndTheOriginalTestName()
    {
        var output = new CollectingOutput();
        var interaction = Get("a request for user 1") with
        {
            Comments = new Dictionary<string, JToken> { ["text"] = new JArray("first", "second"), ["testname"] = "UserTests.Get" },
        };

        await Verifier(_provider, output: output).VerifyAsync(Source(interaction), TestContext.Current.CancellationToken);

        var at = output.Lines.ToList().FindIndex(l => l.StartsWith("  \"a request for user 1\": passed", StringComparison.Ordinal));
        Assert.Equal(["      Test Name: UserTests.Get", "      Comments:", "        first", "        second"], output.Lines.Skip(at + 1).Take(4));
    }
}
