using System.Text.RegularExpressions;
using ContractTesting.Json;
using ContractTesting.Rules;
using ContractTesting.Tests.Support;

namespace ContractTesting.Tests.Consumer;

public sealed partial class MatchTests
{
    [Fact]
    public async Task FromProviderState_InResponseBody_WritesTypeRuleAndGeneratorAndServesExample()
    {
        string? received = null;

        var pact = await ConsumerRun.RespondAsync(
            response => response.WithJsonBody(new { id = Match.FromProviderState("${id}", 42) }),
            async answer => received = await answer.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        JsonAssert.Equal("42", pact.At("response", "body", "content", "id"));
        JsonAssert.Equal("""[{"match":"type"}]""", pact.Rules("response", "body", "$.id"));
        JsonAssert.Equal("""{"type":"ProviderState","expression":"${id}"}""", pact.Generator("response", "body", "$.id"));
        JsonAssert.Equal("""{"id":42}""", PactJson.Parse(received!));
    }

    [Fact]
    public async Task FromProviderState_InRequestPath_WritesPathGenerator()
    {
        var pact = await ConsumerRun.RequestAsync(
            interaction => interaction.Given("a user", new { id = 1 }).WithRequest(HttpMethod.Get, Match.FromProviderState("/users/${id}", "/users/1")),
            client => client.GetAsync(new Uri("users/1", UriKind.Relative), TestContext.Current.CancellationToken));

        JsonAssert.Equal("\"/users/1\"", pact.At("request", "path"));
        JsonAssert.Equal("""{"type":"ProviderState","expression":"/users/${id}"}""", pact.At("request", "generators", "path"));
        JsonAssert.Equal("""{"combine":"AND","matchers":[{"match":"type"}]}""", pact.At("request", "matchingRules", "path"));
    }

    [Fact]
    public async Task FromProviderState_InQuery_WritesQueryGenerator()
    {
        var pact = await ConsumerRun.RequestAsync(
            interaction => interaction.WithRequest(HttpMethod.Get, "/orders").WithQuery("user", Match.FromProviderState("${userId}", "7")),
            client => client.GetAsync(new Uri("orders?user=7", UriKind.Relative), TestContext.Current.CancellationToken));

        JsonAssert.Equal("""{"user":["7"]}""", pact.At("request", "query"));
        JsonAssert.Equal("""{"type":"ProviderState","expression":"${userId}"}""", pact.At("request", "generators", "query", "user"));
    }

    [Fact]
    public async Task MockServerUrl_InResponseBody_PointsAtRunningServerAndWritesGenerator()
    {
        Uri? server = null;
        string? received = null;

        var pact = await ConsumerRun.RespondAsync(
            response => response.WithJsonBody(new { next = Match.MockServerUrl("http://localhost:8080/orders/2", ".*(/orders/\\d+)$") }),
            async answer =>
            {
                server = answer.RequestMessage!.RequestUri;
                received = await answer.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            });

        var expected = $"{server!.GetLeftPart(UriPartial.Authority)}/orders/2";
        JsonAssert.Equal($$"""{"next":"{{expected}}"}""", PactJson.Parse(received!));
        JsonAssert.Equal("\"http://localhost:8080/orders/2\"", pact.At("response", "body", "content", "next"));
        JsonAssert.Equal("""[{"match":"regex","regex":".*(/orders/\\d+)$"}]""", pact.Rules("response", "body", "$.next"));
        JsonAssert.Equal(
            """{"type":"MockServerURL","example":"http://localhost:8080/orders/2","regex":".*(/orders/\\d+)$"}""",
            pact.Generator("response", "body", "$.next"));
    }

    [Fact]
    public async Task MockServerUrl_InResponseHeader_PointsAtRunningServer()
    {
        Uri? server = null;
        Uri? location = null;

        var pact = await ConsumerRun.RespondAsync(
            response => response.WithStatus(201).WithHeader("Location", Match.MockServerUrl("http://example.com/orders/9", ".*(/orders/\\d+)$")),
            answer =>
            {
                server = answer.RequestMessage!.RequestUri;
                location = answer.Headers.Location;
                return Task.CompletedTask;
            });

        Assert.Equal(new Uri(server!, "/orders/9"), location);
        Assert.Equal("MockServerURL", pact.Generator("response", "header", "Location")?["type"]?.ToString());
    }

    [Fact]
    public async Task Uuid_InResponseBody_WritesRegexAndGeneratorAndServesFreshUuid()
    {
        string? received = null;

        var pact = await ConsumerRun.RespondAsync(
            response => response.WithJsonBody(new { id = Match.Uuid("00000000-0000-4000-8000-000000000000") }),
            async answer => received = await answer.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        var served = PactJson.Parse(received!)["id"]!.ToString();
        Assert.Matches(new Regex("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"), served);
        Assert.NotEqual("00000000-0000-4000-8000-000000000000", served);
        JsonAssert.Equal("\"00000000-0000-4000-8000-000000000000\"", pact.At("response", "body", "content", "id"));
        JsonAssert.Equal(
            """[{"match":"regex","regex":"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"}]""",
            pact.Rules("response", "body", "$.id"));
        JsonAssert.Equal("""{"type":"Uuid"}""", pact.Generator("response", "body", "$.id"));
    }

    [Fact]
    public void Uuid_ExampleNotAUuid_FailsItsOwnRule()
    {
        var rule = Assert.IsType<RegexRule>(Assert.Single(Match.Uuid().Rules));

        Assert.DoesNotMatch(rule.Pattern, "not-a-uuid");
        Assert.Matches($"^(?:{rule.Pattern})$", "e2490de5-5bd3-43d5-b7c4-526e33f71304");
    }
}
