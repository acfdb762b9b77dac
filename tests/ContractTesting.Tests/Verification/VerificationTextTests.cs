using ContractTesting.Tests.Support;
using ContractTesting.Verification;

namespace ContractTesting.Tests.Verification;

public sealed class VerificationTextTests
{
    [Fact]
    public void Interaction_BodyMismatchOfObjects_ShowsADiffOfExpectedAndActual()
    {
        var failed = SampleResults.Mixed().Pacts[0].Interactions[1];

        var lines = VerificationText.Interaction(failed).ToList();

        Assert.Equal(
            [
                "  \"a request for user 2\" (given a user with ID 2 exists): FAILED [20 ms]",
                "      body $: Actual map is missing the following keys: createdAt",
                "        expected (-), actual (+):",
                "          {",
                "        -   \"createdAt\": \"2024-05-01T10:15:30Z\",",
                "        +   \"created_at\": \"2024-05-01T10:15:30Z\",",
                "            \"email\": \"ada@example.com\",",
                "            \"id\": 2,",
                "            \"name\": \"Ada\"",
                "          }",
            ],
            lines);
    }

    [Fact]
    public void Interaction_StatusMismatch_ShowsTheMessageAlone()
    {
        var failed = SampleResults.Mixed().Pacts[0].Interactions[2];

        var lines = VerificationText.Interaction(failed).ToList();

        Assert.Equal(["  \"a request to notify user 1\": FAILED [3 ms]", "      status: Expected status 201 but received 200"], lines);
    }

    [Fact]
    public void Summary_FailedInteractions_AreNumberedWithTheirParties()
    {
        var summary = SampleResults.Mixed().Summary;

        Assert.StartsWith("Verification of UserService FAILED: 2 pacts, 6 interactions, 2 passed, 3 failed, 1 pending failed.", summary, StringComparison.Ordinal);
        Assert.Contains("4) OrderService → UserService: \"a request for the user's avatar\" (pending)", summary, StringComparison.Ordinal);
    }
}
