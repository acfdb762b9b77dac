using ContractTesting.Tests.Support;

namespace ContractTesting.Tests.Consumer;

public sealed class RequestBuilderTests
{
    [Fact]
    public async Task WithQuery_SameNameTwice_WritesValuesInOrder()
    {
        var pact = await ConsumerRun.RequestAsync(
            interaction => interaction.WithRequest(HttpMethod.Get, "/search").WithQuery("tag", "b").WithQuery("size", "9").WithQuery("tag", "a"),
            client => client.GetAsync(new Uri("search?tag=b&size=9&tag=a", UriKind.Relative), TestContext.Current.CancellationToken));

        JsonAssert.Equal("""{"tag":["b","a"],"size":["9"]}""", pact.At("request", "query"));
    }

    [Fact]
    public async Task WithQuery_ReservedCharacters_WrittenDecodedAndMatchEncodedRequest()
    {
        var pact = await ConsumerRun.RequestAsync(
            interaction => interaction.WithRequest(HttpMethod.Get, "/search").WithQuery("q", "fish & chips=£5"),
            client => client.GetAsync(new Uri("search?q=fish%20%26%20chips%3D%C2%A35", UriKind.Relative), TestContext.Current.CancellationToken));

        JsonAssert.Equal("""{"q":["fish & chips=£5"]}""", pact.At("request", "query"));
    }

    [Fact]
    public async Task WithHeader_RequestHeaders_AreWrittenWithTheirSpelling()
    {
        var pact = await ConsumerRun.RequestAsync(
            interaction => interaction.WithRequest(HttpMethod.Get, "/users").WithHeader("X-Api-Version", "2").WithHeader("Accept", "application/json"),
            client =>
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("users", UriKind.Relative));
                request.Headers.Add("x-api-version", "2");
                request.Headers.Add("Accept", "application/json");
                return client.SendAsync(request, TestContext.Current.CancellationToken);
            });

        JsonAssert.Equal("""{"X-Api-Version":["2"],"Accept":["application/json"]}""", pact.At("request", "headers"));
    }

    [Fact]
    public async Task WithJsonBody_RequestBody_IsWrittenAndMatchesEquivalentJson()
    {
        var pact = await ConsumerRun.RequestAsync(
            interaction => interaction.WithRequest(HttpMethod.Post, "/orders").WithJsonBody(new { Item = "pen", Quantity = Match.WholeNumber(2) }),
            client => client.PostAsync(
                new Uri("orders", UriKind.Relative),
                new StringContent("""{ "quantity": 40, "item": "pen" }""", System.Text.Encoding.UTF8, "application/json"),
                TestContext.Current.CancellationToken));

        JsonAssert.Equal("""{"content":{"item":"pen","quantity":2},"contentType":"application/json","encoded":false}""", pact.At("request", "body"));
        JsonAssert.Equal("""["application/json"]""", pact.At("request", "headers", "Content-Type"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void WithRequest_EmptyPath_Throws(string path)
    {
        using var contract = Contract.Between(ConsumerRun.ConsumerName, ConsumerRun.ProviderName);
        var interaction = contract.UponReceiving("a request");

        Assert.ThrowsAny<ArgumentException>(() => interaction.WithRequest(HttpMethod.Get, path));
        Assert.Throws<InvalidOperationException>(contract.Dispose);
    }
}
