using ContractTesting.BrokerClient;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Tests.BrokerClient;

public sealed class PactsForVerificationRequestTests
{
    [Fact]
    public void ToJson_EverythingSet_IsTheBodyTheOfficialVerifierSends()
    {
        var request = new PactsForVerificationRequest
        {
            ConsumerVersionSelectors = [ConsumerVersionSelector.ForMainBranch(), ConsumerVersionSelector.ForDeployedOrReleased()],
            ProviderVersionBranch = "feat/y",
            ProviderVersionTags = ["dev"],
            IncludePendingStatus = true,
            IncludeWipPactsSince = new DateOnly(2024, 1, 1),
        };

        var json = request.ToJson();

        // As captured from `pact verifier` in the broker compatibility document, section 3.
        var captured = JToken.Parse("""
            {"providerVersionTags":["dev"],"includePendingStatus":true,"includeWipPactsSince":"2024-01-01",
             "consumerVersionSelectors":[{"mainBranch":true},{"deployedOrReleased":true}],"providerVersionBranch":"feat/y"}
            """);
        Assert.True(JToken.DeepEquals(captured, json), json.ToString());
    }

    [Fact]
    public void ToJson_Defaults_SendsEmptySelectorsAndPendingFalseOnly()
    {
        var json = new PactsForVerificationRequest().ToJson();

        Assert.Equal("""{"consumerVersionSelectors":[],"includePendingStatus":false}""", json.ToString(Newtonsoft.Json.Formatting.None));
    }

    [Fact]
    public void Validate_InvalidSelector_NamesItsPosition()
    {
        var request = new PactsForVerificationRequest { ConsumerVersionSelectors = [ConsumerVersionSelector.ForMainBranch(), new() { Deployed = true, Released = true }] };

        var error = Assert.Throws<ArgumentException>(request.Validate);

        Assert.StartsWith("Consumer version selector 1 ({\"deployed\":true,\"released\":true}) is invalid: only one of", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MatchingBranchWithProviderBranch_IsValid()
    {
        var request = new PactsForVerificationRequest { ConsumerVersionSelectors = [ConsumerVersionSelector.ForMatchingBranch()], ProviderVersionBranch = "feat/y" };

        Assert.Null(Record.Exception(request.Validate));
    }

    [Theory]
    [InlineData(false, "main")]
    [InlineData(true, null)]
    public void Validate_WipWithoutPendingOrProviderBranch_Throws(bool pending, string? branch)
    {
        var request = new PactsForVerificationRequest { IncludeWipPactsSince = new DateOnly(2024, 1, 1), IncludePendingStatus = pending, ProviderVersionBranch = branch };

        var error = Assert.Throws<ArgumentException>(request.Validate);

        Assert.Contains("IncludeWipPactsSince", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_WipWithTagsAndPending_IsValid()
    {
        var request = new PactsForVerificationRequest { IncludeWipPactsSince = new DateOnly(2024, 1, 1), IncludePendingStatus = true, ProviderVersionTags = ["dev"] };

        Assert.Null(Record.Exception(request.Validate));
    }

    [Fact]
    public void Validate_BlankProviderTag_Throws()
    {
        var request = new PactsForVerificationRequest { ProviderVersionTags = ["dev", " "] };

        Assert.Throws<ArgumentException>(request.Validate);
    }
}
