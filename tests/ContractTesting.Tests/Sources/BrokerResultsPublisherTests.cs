using ContractTesting.Matching;
using ContractTesting.Models;
using ContractTesting.Sources;
using ContractTesting.Verification;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Tests.Sources;

public sealed class BrokerResultsPublisherTests
{
    private static readonly PublishOptions Publish = new() { ProviderVersion = "2.0.0" };

    [Fact]
    public void VerificationResultsOf_AllPassed_ListsTheIdsOfInteractionsThatHaveOne()
    {
        var pact = Result(Passed("id-1"), Passed(null), Passed("id-3"));

        var results = BrokerResultsPublisher.VerificationResultsOf(pact, Publish);

        Assert.True(results.Success);
        Assert.Equal(["""{"interactionId":"id-1","success":true}""", """{"interactionId":"id-3","success":true}"""],
            results.TestResults.Select(t => t.ToJson().ToString(Newtonsoft.Json.Formatting.None)));
    }

    [Fact]
    public void VerificationResultsOf_OneFailed_ListsEveryInteractionWithDescriptionMismatchesAndErrors()
    {
        var failed = Passed("id-2") with
        {
            Status = InteractionStatus.Failed,
            Mismatches = [new Mismatch(MismatchPart.Header, "X-Id", "1", "2", "Expected '1' but got '2'")],
            Errors = ["Provider state 'a user' could not be set up: boom"],
        };
        var pact = Result(Passed("id-1"), failed);

        var results = BrokerResultsPublisher.VerificationResultsOf(pact, Publish);

        Assert.False(results.Success);
        Assert.Equal(
            [
                """{"interactionId":"id-1","success":true,"interactionDescription":"interaction id-1"}""",
                """{"interactionId":"id-2","success":false,"mismatches":[{"attribute":"header","identifier":"X-Id","description":"Expected '1' but got '2'"}],"exceptions":[{"message":"Provider state 'a user' could not be set up: boom"}],"interactionDescription":"interaction id-2"}""",
            ],
            results.TestResults.Select(t => t.ToJson().ToString(Newtonsoft.Json.Formatting.None)));
    }

    [Fact]
    public void VerificationResultsOf_PendingFailure_IsNotASuccess()
    {
        var pact = Result(Passed("id-1") with { Status = InteractionStatus.Failed, Pending = true });

        var results = BrokerResultsPublisher.VerificationResultsOf(pact, Publish);

        Assert.True(pact.Passed);
        Assert.False(results.Success);
    }

    [Theory]
    [InlineData(MismatchPart.Method, "", "method", null)]
    [InlineData(MismatchPart.Path, "", "path", null)]
    [InlineData(MismatchPart.Status, "", "status", null)]
    [InlineData(MismatchPart.Query, "page", "query", "page")]
    [InlineData(MismatchPart.Header, "Content-Type", "header", "Content-Type")]
    [InlineData(MismatchPart.Body, "$.items[0].id", "body", "$.items[0].id")]
    [InlineData(MismatchPart.Body, "", "body", "$")]
    [InlineData(MismatchPart.BodyContentType, "", "body", "$")]
    [InlineData(MismatchPart.Metadata, "contentType", "metadata", "contentType")]
    public void TestResultMismatchesOf_Part_IsTheBrokersAttributeAndIdentifier(MismatchPart part, string location, string attribute, string? identifier)
    {
        var mismatch = TestResultMismatches.Of(new Mismatch(part, location, null, null, "differs"));

        Assert.Equal(new ContractTesting.BrokerClient.TestResultMismatch(attribute, identifier, "differs"), mismatch);
    }

    private static InteractionResult Passed(string? id) => new()
    {
        Interaction = new HttpInteraction
        {
            Description = $"interaction {id ?? "without id"}",
            Extensions = id is null ? new Dictionary<string, JToken>() : new Dictionary<string, JToken> { ["_id"] = id },
        },
        Status = InteractionStatus.Passed,
    };

    private static PactVerificationResult Result(params InteractionResult[] interactions) => new()
    {
        Source = new LoadedPact { Pact = new Pact { Consumer = new("c"), Provider = new("p") }, Origin = "http://broker.test/pacts/1" },
        Interactions = interactions,
    };
}
