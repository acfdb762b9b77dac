using System.Globalization;
using System.Net;
using ContractTesting.Tests.Support;

namespace ContractTesting.Tests.Consumer;

public sealed partial class ContractBuilderTests
{
    [Fact]
    public async Task VerifyAsync_ManyInteractionsCalledInAnyOrder_WritesAllInStableOrder()
    {
        var numbers = Enumerable.Range(0, 12).ToList();

        var pact = await ConsumerRun.WriteAsync(
            contract =>
            {
                foreach (var n in numbers)
                {
                    contract.UponReceiving($"item {n:00}").WithRequest(HttpMethod.Get, $"/items/{n}").WillRespond().WithJsonBody(new { n });
                }
            },
            async client =>
            {
                foreach (var n in Enumerable.Reverse(numbers))
                {
                    using var response = await client.GetAsync(new Uri($"items/{n}", UriKind.Relative), TestContext.Current.CancellationToken);
                    Assert.Equal($"{{\"n\":{n}}}", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
                }
            });

        Assert.Equal(numbers.Select(n => $"item {n:00}"), pact.Descriptions);
    }

    [Fact]
    public async Task VerifyAsync_SeveralRoundsOnOneBuilder_EachRoundExpectsOnlyItsOwnAndFileHoldsAll()
    {
        using var folder = new TempPactFolder();
        using var contract = Contract.Between(ConsumerRun.ConsumerName, ConsumerRun.ProviderName, folder.Options());

        foreach (var name in new[] { "carrot", "apple", "banana" })
        {
            contract.UponReceiving($"a request for {name}").WithRequest(HttpMethod.Get, $"/fruit/{name}").WillRespond().WithStatus(204);
            await contract.VerifyAsync(
                async context =>
                {
                    using var client = context.CreateHttpClient();
                    using var response = await client.GetAsync(new Uri($"fruit/{name}", UriKind.Relative), TestContext.Current.CancellationToken);
                    Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
                },
                TestContext.Current.CancellationToken);
        }

        Assert.Equal(["a request for apple", "a request for banana", "a request for carrot"], folder.Read().Descriptions);
    }

    [Fact]
    public async Task VerifyAsync_TwentyContractsInParallel_AllPassAndFileHoldsEveryInteraction()
    {
        using var folder = new TempPactFolder();
        var ids = Enumerable.Range(1, 20).ToList();

        await Task.WhenAll(ids.Select(id => Task.Run(
            async () =>
            {
                using var contract = Contract.Between(ConsumerRun.ConsumerName, ConsumerRun.ProviderName, folder.Options());
                contract.UponReceiving($"a request for order {id:00}")
                    .WithRequest(HttpMethod.Get, $"/orders/{id}")
                    .WillRespond()
                    .WithJsonBody(new { id = Match.WholeNumber(id) });
                await contract.VerifyAsync(
                    async context =>
                    {
                        using var client = context.CreateHttpClient();
                        var body = await client.GetStringAsync(new Uri($"orders/{id}", UriKind.Relative), TestContext.Current.CancellationToken);
                        Assert.Equal($"{{\"id\":{id}}}", body);
                    },
                    TestContext.Current.CancellationToken);
            },
            TestContext.Current.CancellationToken)));

        Assert.Equal(ids.Select(id => string.Create(CultureInfo.InvariantCulture, $"a request for order {id:00}")), folder.Read().Descriptions);
    }
}
