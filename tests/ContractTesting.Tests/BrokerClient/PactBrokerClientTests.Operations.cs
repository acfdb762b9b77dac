using ContractTesting.BrokerClient;
using ContractTesting.Tests.Support;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Tests.BrokerClient;

/// <summary>Publishing, can-i-deploy and environments against the stub broker: what is sent, and how the answers are read.</summary>
public sealed partial class PactBrokerClientTests
{
    [Fact]
    public async Task PublishContractsAsync_Publication_PostsTheOfficialBodyAndReadsTheNotices()
    {
        _broker.On("GET", "/", 200, new JObject { ["_links"] = new JObject { ["pb:publish-contracts"] = BrokerDocuments.Link(_broker.Href("/contracts/publish")) } });
        _broker.On("POST", "/contracts/publish", 200, JObject.Parse("""
            {"notices": [{"type": "success", "text": "Pact successfully published"}, {"text": "no type"}, {"type": "info"}],
             "_links": {"pb:contracts": [{"href": "PACT"}], "pb:pacticipant-version": {"href": "VERSION"}}}
            """.Replace("PACT", _broker.Href("/pacts/1"), StringComparison.Ordinal).Replace("VERSION", _broker.Href("/v/1"), StringComparison.Ordinal)));
        var publication = new ContractsPublication
        {
            PacticipantName = "Web",
            PacticipantVersion = "1.0.0",
            Branch = "feat/x",
            Tags = ["dev"],
            BuildUrl = new Uri("http://ci/1"),
            Contracts = [new ContractToPublish { ConsumerName = "Web", ProviderName = "Users", Content = "{}", OnConflict = ContractConflict.Merge }],
        };

        var published = await Client().PublishContractsAsync(publication, Cancellation);

        Assert.Equal(JObject.Parse("""
            {"pacticipantName": "Web", "pacticipantVersionNumber": "1.0.0", "branch": "feat/x", "buildUrl": "http://ci/1", "tags": ["dev"],
             "contracts": [{"consumerName": "Web", "providerName": "Users", "specification": "pact", "contentType": "application/json", "content": "e30=", "onConflict": "merge"}]}
            """), _broker.Received("POST", "/contracts/publish").Json);
        Assert.Equal([new BrokerMessage("success", "Pact successfully published"), new BrokerMessage(string.Empty, "no type")], published.Notices);
        Assert.Equal([new Uri(_broker.Href("/pacts/1"))], published.ContractUrls);
    }

    [Fact]
    public void ContractsPublication_ContractOfAnotherConsumer_IsRefused()
    {
        var publication = new ContractsPublication
        {
            PacticipantName = "Web",
            PacticipantVersion = "1",
            Contracts = [new ContractToPublish { ConsumerName = "Mobile", ProviderName = "Users", Content = "{}" }],
        };

        var error = Assert.Throws<ArgumentException>(publication.Validate);

        Assert.Contains("its consumer is 'Mobile', not 'Web'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CanIDeployAsync_UnknownThenKnown_RetriesOnTheClockAndReadsTheRows()
    {
        var clock = new InstantDelays();
        var calls = 0;
        var query = new CanIDeployQuery
        {
            Selectors = [new MatrixSelector { Pacticipant = "Web", Version = "1" }],
            ToEnvironment = "production",
            RetryWhileUnknown = 3,
            RetryInterval = TimeSpan.FromSeconds(7),
        };
        _broker.On("GET", "/matrix?" + query.ToQueryString(), _ => new StubAnswer(200, $$$"""
            {"summary": {"deployable": {{{(Interlocked.Increment(ref calls) < 2 ? "null" : "false")}}}, "reason": "one\ntwo"},
             "matrix": [{"consumer": {"name": "Web", "version": {"number": "1"}}, "provider": {"name": "Users", "version": null}, "verificationResult": null, "ignored": true}]}
            """));
        var client = new PactBrokerClient(new PactBrokerOptions { BaseUrl = _broker.BaseUrl, TimeProvider = clock });

        var answer = await client.CanIDeployAsync(query, Cancellation);

        Assert.False(answer.Deployable);
        Assert.Equal(2, answer.Attempts);
        Assert.Equal([TimeSpan.FromSeconds(7)], clock.Waits);
        Assert.Equal("one\ntwo", answer.Reason);
        Assert.Equal(new MatrixRow { Consumer = "Web", ConsumerVersion = "1", Provider = "Users", Ignored = true }, Assert.Single(answer.Rows));
    }

    [Fact]
    public void CanIDeployQuery_TagOnItsOwnAndLatestTag_PutsEachWhereTheOfficialCliDoes()
    {
        var query = new CanIDeployQuery
        {
            Selectors = [new MatrixSelector { Pacticipant = "A", Branch = "b", Tag = "t" }, new MatrixSelector { Pacticipant = "B/x", Latest = true, Tag = "prod" }],
            Ignore = [new MatrixIgnore("C")],
        };

        Assert.Equal("q[][pacticipant]=A&q[][branch]=b&q[][tag]=t&q[][pacticipant]=B%2Fx&q[][latest]=true&q[][tag]=prod&ignore[][pacticipant]=C&latestby=cvpv",
            query.ToQueryString());
    }

    [Fact]
    public async Task FindEnvironmentAsync_UnknownName_ThrowsListingTheKnownOnes()
    {
        _broker.On("GET", "/", 200, new JObject { ["_links"] = new JObject { ["pb:environments"] = BrokerDocuments.Link(_broker.Href("/environments")) } });
        _broker.On("GET", "/environments", 200, JObject.Parse("""{"_embedded": {"environments": [{"uuid": "u1", "name": "test"}, {"uuid": "u2", "name": "production", "production": true}]}}"""));

        var error = await Assert.ThrowsAsync<PactBrokerException>(() => Client().FindEnvironmentAsync("staging", Cancellation));

        Assert.Contains("Environment 'staging' does not exist", error.Message, StringComparison.Ordinal);
        Assert.Contains("it has: test, production", error.Message, StringComparison.Ordinal);
    }
}
