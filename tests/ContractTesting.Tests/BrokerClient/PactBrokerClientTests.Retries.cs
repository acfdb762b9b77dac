using ContractTesting.BrokerClient;
using ContractTesting.Tests.Support;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Tests.BrokerClient;

public sealed partial class PactBrokerClientTests
{
    [Fact]
    public async Task SendAsync_UnavailableTwiceThenOk_RetriesWithDoublingBackOff()
    {
        var answers = new Queue<StubAnswer>([new(503), new(502), new(200, "{}")]);
        _broker.On("GET", "/", _ => answers.Dequeue());
        var clock = new InstantDelays();

        await Retrying(clock).GetIndexAsync(Cancellation);

        Assert.Equal(3, _broker.Requests.Count);
        Assert.Equal([TimeSpan.FromMilliseconds(500), TimeSpan.FromMilliseconds(1000)], clock.Waits);
    }

    [Fact]
    public async Task SendAsync_TooManyRequestsWithRetryAfter_WaitsAsTheBrokerAsks()
    {
        var answers = new Queue<StubAnswer>([new(429, Headers: new Dictionary<string, string> { ["Retry-After"] = "7" }), new(201, "{}")]);
        _broker.On("POST", "/x", _ => answers.Dequeue());
        var clock = new InstantDelays();

        await Retrying(clock).SendAsync(HttpMethod.Post, new Uri("/x", UriKind.Relative), new JObject(), Cancellation);

        Assert.Equal(["{}", "{}"], _broker.Requests.Select(r => r.Body));
        Assert.Contains(TimeSpan.FromSeconds(7), clock.Waits);
    }

    [Fact]
    public async Task SendAsync_ServerErrorEveryTime_GivesUpAfterTheRetries()
    {
        _broker.On("GET", "/", 500, JObject.Parse("""{"error": {"message": "database is locked"}}"""), "application/json");

        var error = await Assert.ThrowsAsync<PactBrokerException>(() => Retrying(new InstantDelays(), retries: 2).GetIndexAsync(Cancellation));

        Assert.Equal(3, _broker.Requests.Count);
        Assert.Equal(500, error.StatusCode);
    }

    [Fact]
    public async Task SendAsync_ClientError_IsNotRetried()
    {
        _broker.On("GET", "/", 400, JObject.Parse("""{"errors": ["bad"]}"""), "application/json");

        await Assert.ThrowsAsync<PactBrokerException>(() => Retrying(new InstantDelays()).GetIndexAsync(Cancellation));

        Assert.Single(_broker.Requests);
    }

    private PactBrokerClient Retrying(TimeProvider clock, int retries = 3) =>
        new(new PactBrokerOptions { BaseUrl = _broker.BaseUrl, TimeProvider = clock, Retries = retries });
}
