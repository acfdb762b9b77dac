using System.Net;
using ContractTesting.Rules;
using ContractTesting.Tests.Support;

namespace ContractTesting.Tests.Consumer;

public sealed partial class MatchTests
{
    [Fact]
    public async Task Matcher_ForRequestHeader_LandsInHeaderCategoryAndAcceptsOtherValues()
    {
        var pact = await ConsumerRun.RequestAsync(
            interaction => interaction.WithRequest(HttpMethod.Get, "/orders").WithHeader("X-Request-Id", Match.Regex("42", "\\d+")),
            client =>
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("orders", UriKind.Relative));
                request.Headers.Add("X-Request-Id", "7001");
                return client.SendAsync(request, TestContext.Current.CancellationToken);
            });

        JsonAssert.Equal("""["42"]""", pact.At("request", "headers", "X-Request-Id"));
        JsonAssert.Equal("""[{"match":"regex","regex":"\\d+"}]""", pact.Rules("request", "header", "X-Request-Id"));
        Assert.Null(pact.At("request", "matchingRules", "body"));
    }

    [Fact]
    public async Task Matcher_ForResponseHeader_LandsInResponseHeaderCategory()
    {
        var pact = await ConsumerRun.RespondAsync(response => response.WithHeader("X-Rate-Limit", Match.WholeNumber(100)));

        JsonAssert.Equal("""["100"]""", pact.At("response", "headers", "X-Rate-Limit"));
        JsonAssert.Equal("""[{"match":"integer"}]""", pact.Rules("response", "header", "X-Rate-Limit"));
    }

    [Fact]
    public async Task Matcher_ForQueryParameter_LandsInQueryCategoryAndAcceptsOtherValues()
    {
        var pact = await ConsumerRun.RequestAsync(
            interaction => interaction.WithRequest(HttpMethod.Get, "/orders").WithQuery("page", Match.WholeNumber(2)).WithQuery("sort", "date"),
            client => client.GetAsync(new Uri("orders?page=15&sort=date", UriKind.Relative), TestContext.Current.CancellationToken));

        JsonAssert.Equal("""{"page":["2"],"sort":["date"]}""", pact.At("request", "query"));
        JsonAssert.Equal("""[{"match":"integer"}]""", pact.Rules("request", "query", "page"));
        Assert.Null(pact.Rules("request", "query", "sort"));
    }

    [Fact]
    public async Task Matcher_ForPath_LandsInPathCategoryAndAcceptsOtherPaths()
    {
        var pact = await ConsumerRun.RequestAsync(
            interaction => interaction.WithRequest(HttpMethod.Get, Match.Regex("/users/1", "/users/\\d+")),
            client => client.GetAsync(new Uri("users/9876", UriKind.Relative), TestContext.Current.CancellationToken));

        JsonAssert.Equal("\"/users/1\"", pact.At("request", "path"));
        JsonAssert.Equal("""{"combine":"AND","matchers":[{"match":"regex","regex":"/users/\\d+"}]}""", pact.At("request", "matchingRules", "path"));
    }

    [Fact]
    public async Task StatusMatcher_Group_LandsInStatusCategoryAndServesExample()
    {
        HttpStatusCode? served = null;

        var pact = await ConsumerRun.RespondAsync(
            response => response.WithStatus(Match.StatusCode(StatusCodeGroup.Success, 201)),
            answer =>
            {
                served = answer.StatusCode;
                return Task.CompletedTask;
            });

        Assert.Equal(HttpStatusCode.Created, served);
        JsonAssert.Equal("201", pact.At("response", "status"));
        JsonAssert.Equal("""{"combine":"AND","matchers":[{"match":"statusCode","status":"success"}]}""", pact.At("response", "matchingRules", "status"));
    }

    [Fact]
    public async Task StatusMatcher_Codes_WritesExampleFirstWithoutDuplicates()
    {
        var pact = await ConsumerRun.RespondAsync(response => response.WithStatus(Match.StatusCode(204, 200, 204, 202)));

        JsonAssert.Equal("204", pact.At("response", "status"));
        JsonAssert.Equal("""[{"match":"statusCode","status":[204,200,202]}]""", pact.At("response", "matchingRules", "status", "matchers"));
    }

    [Fact]
    public void WithStatus_MatcherWithNonNumericExample_Throws()
    {
        using var contract = Contract.Between(ConsumerRun.ConsumerName, ConsumerRun.ProviderName);
        var response = contract.UponReceiving("a request").WithRequest(HttpMethod.Get, "/").WillRespond();

        var error = Assert.Throws<ArgumentException>(() => response.WithStatus(Match.Type("OK")));

        Assert.Contains("'OK'", error.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(contract.Dispose);
    }

    [Fact]
    public void WithHeader_MatcherWithObjectExample_Throws()
    {
        using var contract = Contract.Between(ConsumerRun.ConsumerName, ConsumerRun.ProviderName);
        var request = contract.UponReceiving("a request").WithRequest(HttpMethod.Get, "/");

        var error = Assert.Throws<ArgumentException>(() => request.WithHeader("Thing", Match.Type(new { a = 1 })));

        Assert.Contains("$.Thing", error.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(contract.Dispose);
    }
}
