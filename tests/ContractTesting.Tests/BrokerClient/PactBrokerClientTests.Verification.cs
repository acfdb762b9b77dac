using ContractTesting.BrokerClient;
using ContractTesting.Tests.Support;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Tests.BrokerClient;

public sealed partial class PactBrokerClientTests
{
    [Fact]
    public async Task GetPactsForVerificationAsync_Request_FollowsTheIndexAndPostsTheBodyToTheSelfHref()
    {
        _broker.On("GET", "/", 200, BrokerDocuments.Index(_broker))
            .On("GET", "/pacts/provider/User%20Service%2Fv2/for-verification", 200, BrokerDocuments.Self(_broker.Href("/pacts/provider/x/for-verification")))
            .On("POST", "/pacts/provider/x/for-verification", 200, BrokerDocuments.PactsForVerification(_broker));
        var request = new PactsForVerificationRequest
        {
            ConsumerVersionSelectors = [ConsumerVersionSelector.ForMainBranch(), ConsumerVersionSelector.ForDeployedOrReleased()],
            ProviderVersionBranch = "feat/y",
            ProviderVersionTags = ["dev"],
            IncludePendingStatus = true,
            IncludeWipPactsSince = new DateOnly(2024, 1, 1),
        };

        await Client().GetPactsForVerificationAsync("User Service/v2", request, Cancellation);

        Assert.Equal(
            ["GET /", "GET /pacts/provider/User%20Service%2Fv2/for-verification", "POST /pacts/provider/x/for-verification"],
            _broker.Requests.Select(r => $"{r.Method} {r.Target}"));
        var post = _broker.Received("POST", "/pacts/provider/x/for-verification");
        Assert.Equal("application/json", post.Header("Content-Type"));
        Assert.True(JToken.DeepEquals(request.ToJson(), post.Json), post.Body);
    }

    [Fact]
    public async Task GetPactsForVerificationAsync_Answer_ReadsPendingWipAndNotices()
    {
        ServePactsForVerification(
            BrokerDocuments.Verifiable(_broker.Href("/pacts/1"), pending: true, notices: [("before_verification", "The pact at ... is being verified because it matches: latest from main")]),
            BrokerDocuments.Verifiable(_broker.Href("/pacts/2"), pending: true, wip: true),
            BrokerDocuments.Verifiable(_broker.Href("/pacts/3")));

        var pacts = await Client().GetPactsForVerificationAsync("UserService", new PactsForVerificationRequest(), Cancellation);

        Assert.Equal(3, pacts.Count);
        Assert.Equal(new Uri(_broker.Href("/pacts/1")), pacts[0].Href);
        Assert.Equal("Pact between OrderService (1.0.0) and UserService", pacts[0].Name);
        Assert.Equal("latest from main branch", pacts[0].ShortDescription);
        Assert.Equal([new BrokerNotice("before_verification", "The pact at ... is being verified because it matches: latest from main")], pacts[0].Notices);
        Assert.Equal([(true, false), (true, true), (false, false)], pacts.Select(p => (p.Pending, p.WorkInProgress)));
    }

    [Fact]
    public async Task GetPactsForVerificationAsync_UnknownProvider_IsEmpty()
    {
        _broker.On("GET", "/", 200, BrokerDocuments.Index(_broker));

        var pacts = await Client().GetPactsForVerificationAsync("Nobody", new PactsForVerificationRequest(), Cancellation);

        Assert.Empty(pacts);
    }

    [Fact]
    public async Task GetPactsForVerificationAsync_IndexWithoutTheLink_ThrowsSayingSo()
    {
        _broker.On("GET", "/", 200, new JObject { ["_links"] = new JObject { ["self"] = BrokerDocuments.Link(_broker.Href("/")) } });

        var error = await Assert.ThrowsAsync<PactBrokerException>(() =>
            Client().GetPactsForVerificationAsync("UserService", new PactsForVerificationRequest(), Cancellation));

        Assert.Equal($"The broker at {_broker.BaseUrl} does not offer pacts for verification: its index has no 'pb:provider-pacts-for-verification' link.", error.Message);
    }

    [Fact]
    public async Task GetPactsForVerificationAsync_InvalidSelectors_ThrowsBeforeSendingAnything()
    {
        var request = new PactsForVerificationRequest { ConsumerVersionSelectors = [ConsumerVersionSelector.ForMatchingBranch()] };

        await Assert.ThrowsAsync<ArgumentException>(() => Client().GetPactsForVerificationAsync("UserService", request, Cancellation));

        Assert.Empty(_broker.Requests);
    }

    [Fact]
    public async Task PublishVerificationResultsAsync_Results_PostsThemWithVerifiedBy()
    {
        var pact = new HalResource(new Uri(_broker.Href("/pacts/1")), BrokerDocuments.Pact(_broker, "/pacts/1"));
        _broker.On("POST", "/pacts/1/verification-results", 201, new JObject());
        var results = new VerificationResults
        {
            ProviderApplicationVersion = "2.0.0",
            Success = false,
            BuildUrl = new Uri("https://ci.test/builds/7"),
            TestResults =
            [
                new InteractionTestResult
                {
                    InteractionId = "id-1",
                    Success = false,
                    Description = "a request for user 1",
                    Mismatches = [new TestResultMismatch("body", "$.name", "Expected 'Ada' but got 'Bob'")],
                    Exceptions = ["state setup failed"],
                },
            ],
        };

        await Client().PublishVerificationResultsAsync(pact, results, Cancellation);

        var expected = JToken.Parse($$$"""
            {"providerApplicationVersion": "2.0.0", "success": false, "buildUrl": "https://ci.test/builds/7",
             "testResults": [{"interactionId": "id-1", "success": false, "interactionDescription": "a request for user 1",
                              "mismatches": [{"attribute": "body", "identifier": "$.name", "description": "Expected 'Ada' but got 'Bob'"}],
                              "exceptions": [{"message": "state setup failed"}]}],
             "verifiedBy": {"implementation": "ContractTesting", "version": "{{{ClientVersion.Version}}}"}}
            """);
        var posted = _broker.Received("POST", "/pacts/1/verification-results");
        Assert.True(JToken.DeepEquals(expected, posted.Json), posted.Body);
    }

    [Fact]
    public async Task AddVersionToBranchAsync_BranchWithSlash_PutsToTheEncodedBranchVersion()
    {
        var pacticipant = new HalResource(new Uri(_broker.Href("/pacticipants/UserService")), BrokerDocuments.Pacticipant(_broker, "UserService"));
        _broker.On("PUT", "/pacticipants/UserService/branches/feat%2Fy/versions/2.0.0", 200, new JObject());

        await Client().AddVersionToBranchAsync(pacticipant, "2.0.0", "feat/y", Cancellation);

        Assert.Equal("{}", _broker.Received("PUT", "/pacticipants/UserService/branches/feat%2Fy/versions/2.0.0").Body);
    }

    [Fact]
    public async Task TagVersionAsync_Tag_PutsToTheVersionTag()
    {
        var pacticipant = new HalResource(new Uri(_broker.Href("/pacticipants/UserService")), BrokerDocuments.Pacticipant(_broker, "UserService"));
        _broker.On("PUT", "/pacticipants/UserService/versions/2.0.0%2Bbuild.1/tags/release%20candidate", 200, new JObject());

        await Client().TagVersionAsync(pacticipant, "2.0.0+build.1", "release candidate", Cancellation);

        Assert.Equal("{}", _broker.Received("PUT", "/pacticipants/UserService/versions/2.0.0%2Bbuild.1/tags/release%20candidate").Body);
    }

    private void ServePactsForVerification(params JObject[] pacts) =>
        _broker.On("GET", "/", 200, BrokerDocuments.Index(_broker))
            .On("GET", "/pacts/provider/UserService/for-verification", 200, BrokerDocuments.Self(_broker.Href("/pacts/provider/UserService/for-verification")))
            .On("POST", "/pacts/provider/UserService/for-verification", 200, BrokerDocuments.PactsForVerification(_broker, pacts));
}
