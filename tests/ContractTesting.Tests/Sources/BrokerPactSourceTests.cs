using System.Net;
using ContractTesting.BrokerClient;
using ContractTesting.Sources;
using ContractTesting.Tests.Support;
using ContractTesting.Verification;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Tests.Sources;

public sealed partial class BrokerPactSourceTests : IAsyncLifetime
{
    private const string Ada = """{"id": 1, "name": "Ada"}""";
    private StubBroker _broker = null!;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _broker = Serve(await StubBroker.StartAsync());

    /// <summary>The routes of a broker with pacts 1 and 2 between OrderService and UserService (which of them it selects is up to each test).</summary>
    private static StubBroker Serve(StubBroker broker) =>
        broker.On("GET", "/", 200, BrokerDocuments.Index(broker))
            .On("GET", "/pacts/provider/UserService/for-verification", 200, BrokerDocuments.Self(broker.Href("/pacts/provider/UserService/for-verification")))
            .On("GET", "/pacts/1", 200, BrokerDocuments.Pact(broker, "/pacts/1"))
            .On("GET", "/pacts/2", 200, BrokerDocuments.Pact(broker, "/pacts/2"))
            .On("GET", "/pacticipants/UserService", 200, BrokerDocuments.Pacticipant(broker, "UserService"))
            .On("PUT", "/pacticipants/UserService/branches/feat%2Fy/versions/2.0.0", 200, new JObject())
            .On("PUT", "/pacticipants/UserService/versions/2.0.0/tags/dev", 200, new JObject())
            .On("PUT", "/pacticipants/UserService/versions/2.0.0/tags/next%20release", 200, new JObject())
            .On("POST", "/pacts/1/verification-results", 201, new JObject())
            .On("POST", "/pacts/2/verification-results", 201, new JObject());

    public async ValueTask DisposeAsync() => await _broker.DisposeAsync();

    [Fact]
    public async Task LoadAsync_PactsForVerification_LoadsEachPactWithItsBrokerStatus()
    {
        Select(
            BrokerDocuments.Verifiable(_broker.Href("/pacts/1"), pending: true,
                notices: [("before_verification", "The pact at /pacts/1 is being verified because it matches: latest from main"), ("after_verification:success_true_published_true", "Now deployable")]),
            BrokerDocuments.Verifiable(_broker.Href("/pacts/2"), pending: true, wip: true));

        var pacts = await Source().LoadAsync("UserService", Cancellation);

        Assert.Equal([_broker.Href("/pacts/1"), _broker.Href("/pacts/2")], pacts.Select(p => p.Origin));
        Assert.Equal([(true, false), (true, true)], pacts.Select(p => (p.Pending, p.WorkInProgress)));
        Assert.Equal(["The pact at /pacts/1 is being verified because it matches: latest from main"], pacts[0].Notices);
        Assert.All(pacts, p => Assert.NotNull(p.ResultsPublisher));
        Assert.Equal("id-1", pacts[0].Pact.Interactions[0].Extensions["_id"].Value<string>());
    }

    [Fact]
    public async Task VerifyAsync_PublishingWithBranchAndTags_PutsThemBeforePostingTheResults()
    {
        Select(BrokerDocuments.Verifiable(_broker.Href("/pacts/1")));
        var publish = new PublishOptions { ProviderVersion = "2.0.0", BuildUrl = new Uri("https://ci.test/builds/7") };
        var request = new PactsForVerificationRequest { ProviderVersionBranch = "feat/y", ProviderVersionTags = ["dev", "next release"] };

        var result = await Verifier(Provider(HttpStatusCode.OK, Ada), publish).VerifyAsync(Source(request), Cancellation);

        Assert.True(result.Passed, result.Summary);
        Assert.Equal(
            [
                "GET /pacticipants/UserService", "PUT /pacticipants/UserService/branches/feat%2Fy/versions/2.0.0",
                "PUT /pacticipants/UserService/versions/2.0.0/tags/dev", "PUT /pacticipants/UserService/versions/2.0.0/tags/next%20release",
                "POST /pacts/1/verification-results",
            ],
            _broker.Requests.SkipWhile(r => r.Target != "/pacts/1").Skip(1).Select(r => $"{r.Method} {r.Target}"));
        var expected = JToken.Parse($$$"""
            {"providerApplicationVersion": "2.0.0", "success": true, "buildUrl": "https://ci.test/builds/7",
             "testResults": [{"interactionId": "id-1", "success": true}],
             "verifiedBy": {"implementation": "ContractTesting", "version": "{{{ClientVersion.Version}}}"}}
            """);
        var posted = _broker.Received("POST", "/pacts/1/verification-results");
        Assert.True(JToken.DeepEquals(expected, posted.Json), posted.Body);
    }

    [Fact]
    public async Task VerifyAsync_PublishOptionsNameABranch_ItWinsOverTheRequests()
    {
        Select(BrokerDocuments.Verifiable(_broker.Href("/pacts/1")));
        _broker.On("PUT", "/pacticipants/UserService/branches/main/versions/2.0.0", 200, new JObject());
        var publish = new PublishOptions { ProviderVersion = "2.0.0", ProviderBranch = "main" };

        await Verifier(Provider(HttpStatusCode.OK, Ada), publish).VerifyAsync(Source(new PactsForVerificationRequest { ProviderVersionBranch = "feat/y" }), Cancellation);

        Assert.Single(_broker.Requests, r => r.Method == "PUT");
        _broker.Received("PUT", "/pacticipants/UserService/branches/main/versions/2.0.0");
    }

    [Fact]
    public async Task VerifyAsync_PublishingWithoutBranchOrTags_PostsOnlyTheResults()
    {
        Select(BrokerDocuments.Verifiable(_broker.Href("/pacts/1")));

        await Verifier(Provider(HttpStatusCode.OK, Ada), new PublishOptions { ProviderVersion = "2.0.0" }).VerifyAsync(Source(), Cancellation);

        Assert.DoesNotContain(_broker.Requests, r => r.Target.StartsWith("/pacticipants", StringComparison.Ordinal));
        _broker.Received("POST", "/pacts/1/verification-results");
    }

    [Fact]
    public async Task VerifyAsync_ProviderAnswersWrongly_PublishesTheFailureWithItsMismatches()
    {
        Select(BrokerDocuments.Verifiable(_broker.Href("/pacts/1")));

        var result = await Verifier(Provider(HttpStatusCode.NotFound, """{"id": 1, "name": 7}"""), new PublishOptions { ProviderVersion = "2.0.0" })
            .VerifyAsync(Source(), Cancellation);

        Assert.False(result.Passed);
        var posted = _broker.Received("POST", "/pacts/1/verification-results").Json;
        Assert.False((bool)posted["success"]!);
        var test = Assert.Single((JArray)posted["testResults"]!);
        Assert.Equal("id-1", (string?)test["interactionId"]);
        Assert.False((bool)test["success"]!);
        Assert.Equal("a request for user 1", (string?)test["interactionDescription"]);
        var mismatches = ((JArray)test["mismatches"]!).Select(m => ((string?)m["attribute"], (string?)m["identifier"])).ToList();
        Assert.Contains(("status", null), mismatches);
        Assert.Contains(("body", "$.name"), mismatches);
        Assert.All((JArray)test["mismatches"]!, m => Assert.False(string.IsNullOrWhiteSpace((string?)m["description"])));
    }

    [Fact]
    public async Task VerifyAsync_PendingPactFails_PassesButPublishesAFailure()
    {
        Select(BrokerDocuments.Verifiable(_broker.Href("/pacts/1"), pending: true));

        var result = await Verifier(Provider(HttpStatusCode.InternalServerError, "{}"), new PublishOptions { ProviderVersion = "2.0.0" })
            .VerifyAsync(Source(new PactsForVerificationRequest { IncludePendingStatus = true }), Cancellation);

        Assert.True(result.Passed, result.Summary);
        Assert.False((bool)_broker.Received("POST", "/pacts/1/verification-results").Json["success"]!);
    }

    [Fact]
    public async Task VerifyAsync_BrokerSelectsNothing_FailsWithNoPactsFound()
    {
        Select();

        var result = await Verifier(Provider(HttpStatusCode.OK, Ada)).VerifyAsync(Source(), Cancellation);

        Assert.False(result.Passed);
        Assert.Equal(["No pacts were found for provider 'UserService'."], result.Errors);
    }

    [Fact]
    public async Task VerifyAsync_BrokerDoesNotKnowTheProvider_FailsWithNoPactsFound()
    {
        var result = await ProviderVerifier.For("Nobody", Provider(HttpStatusCode.OK, Ada), options: Options()).VerifyAsync(Source(), Cancellation);

        Assert.Equal(["No pacts were found for provider 'Nobody'."], result.Errors);
    }

    [Fact]
    public async Task LoadAsync_BrokerRefusesTheRequest_ThrowsWithTheBrokersErrors()
    {
        _broker.On("POST", "/pacts/provider/UserService/for-verification", 400,
            JObject.Parse("""{"errors": {"consumerVersionSelectors": ["environment with name 'prod' does not exist"]}}"""), "application/json");

        var error = await Assert.ThrowsAsync<PactSourceException>(() => Source().LoadAsync("UserService", Cancellation));

        Assert.Equal(
            $"The pacts for provider 'UserService' could not be fetched from the broker at {_broker.BaseUrl}: POST {_broker.Href("/pacts/provider/UserService/for-verification")} " +
            "failed: the broker answered 400 Bad Request: consumerVersionSelectors: environment with name 'prod' does not exist",
            error.Message);
        Assert.IsType<PactBrokerException>(error.InnerException);
    }

    [Fact]
    public async Task LoadAsync_PactForAnotherProvider_ThrowsNamingIt()
    {
        _broker.On("GET", "/pacts/3", 200, BrokerDocuments.Pact(_broker, "/pacts/3", provider: "BillingService"));
        Select(BrokerDocuments.Verifiable(_broker.Href("/pacts/3")));

        var error = await Assert.ThrowsAsync<PactSourceException>(() => Source().LoadAsync("UserService", Cancellation));

        Assert.Equal($"The pact at {_broker.Href("/pacts/3")} is between OrderService and BillingService: it is not a pact for provider 'UserService'.", error.Message);
    }

    [Fact]
    public async Task VerifyAsync_BrokerRefusesTheResults_ReportsAPublishingError()
    {
        Select(BrokerDocuments.Verifiable(_broker.Href("/pacts/1")));
        _broker.On("POST", "/pacts/1/verification-results", 400, JObject.Parse("""{"errors": {"providerApplicationVersion": ["can't be blank"]}}"""), "application/json");

        var result = await Verifier(Provider(HttpStatusCode.OK, Ada), new PublishOptions { ProviderVersion = "2.0.0" }).VerifyAsync(Source(), Cancellation);

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("Publishing the verification results for OrderService → UserService", error, StringComparison.Ordinal);
        Assert.EndsWith("failed: the broker answered 400 Bad Request: providerApplicationVersion: can't be blank", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyAsync_WithoutPublishOptions_PublishesNothing()
    {
        Select(BrokerDocuments.Verifiable(_broker.Href("/pacts/1")));

        var result = await Verifier(Provider(HttpStatusCode.OK, Ada)).VerifyAsync(Source(), Cancellation);

        Assert.True(result.Passed, result.Summary);
        Assert.DoesNotContain(_broker.Requests, r => r.Method != "GET" && r.Target != "/pacts/provider/UserService/for-verification");
    }

    private void Select(params JObject[] pacts) => Select(_broker, pacts);

    private static void Select(StubBroker broker, params JObject[] pacts) =>
        broker.On("POST", "/pacts/provider/UserService/for-verification", 200, BrokerDocuments.PactsForVerification(broker, pacts));

    private IPactSource Source(PactsForVerificationRequest? request = null) =>
        PactSource.Broker(new PactBrokerOptions { BaseUrl = _broker.BaseUrl }, request);

    private static StubProvider Provider(HttpStatusCode status, string json) => new() { Respond = (_, _) => StubProvider.Json(status, json) };

    private static ProviderVerifier Verifier(HttpMessageHandler provider, PublishOptions? publish = null) =>
        ProviderVerifier.For("UserService", provider, options: Options() with { Publish = publish });

    private static VerifierOptions Options() => new() { Output = new CollectingOutput(), Filter = InteractionFilter.None };
}
