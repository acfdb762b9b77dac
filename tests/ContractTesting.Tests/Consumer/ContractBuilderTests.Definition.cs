using ContractTesting.Mocking;
using ContractTesting.Models;
using ContractTesting.Tests.Support;

namespace ContractTesting.Tests.Consumer;

public sealed partial class ContractBuilderTests
{
    [Fact]
    public async Task VerifyAsync_NoInteractions_ThrowsWithoutRunningTest()
    {
        using var folder = new TempPactFolder();
        using var contract = Contract.Between(ConsumerRun.ConsumerName, ConsumerRun.ProviderName, folder.Options());
        var ran = false;

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => contract.VerifyAsync(_ => Task.FromResult(ran = true), TestContext.Current.CancellationToken));

        Assert.Contains("No interaction was defined", error.Message, StringComparison.Ordinal);
        Assert.False(ran);
    }

    [Fact]
    public async Task VerifyAsync_InteractionWithoutRequest_ThrowsNamingIt()
    {
        using var folder = new TempPactFolder();
        using var contract = Contract.Between(ConsumerRun.ConsumerName, ConsumerRun.ProviderName, folder.Options());
        contract.UponReceiving("a half-described request").Given("some state");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => contract.VerifyAsync(_ => Task.CompletedTask, TestContext.Current.CancellationToken));

        Assert.Contains("'a half-described request' has no request", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyAsync_InteractionWithoutWillRespond_ThrowsNamingIt()
    {
        using var folder = new TempPactFolder();
        using var contract = Contract.Between(ConsumerRun.ConsumerName, ConsumerRun.ProviderName, folder.Options());
        contract.UponReceiving("a request without response").WithRequest(HttpMethod.Get, "/x");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => contract.VerifyAsync(_ => Task.CompletedTask, TestContext.Current.CancellationToken));

        Assert.Contains("'a request without response' has no response", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("response")]
    [InlineData("request")]
    public async Task VerifyAsync_ExampleBreaksItsOwnMatcher_ThrowsNamingInteractionAndPath(string side)
    {
        using var folder = new TempPactFolder();
        using var contract = Contract.Between(ConsumerRun.ConsumerName, ConsumerRun.ProviderName, folder.Options());
        var request = contract.UponReceiving("a broken example").WithRequest(HttpMethod.Post, "/codes");
        var body = new { code = Match.Regex("abc", "\\d+") };
        if (side == "request")
        {
            request.WithJsonBody(body).WillRespond();
        }
        else
        {
            request.WillRespond().WithJsonBody(body);
        }

        var ran = false;

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => contract.VerifyAsync(_ => Task.FromResult(ran = true), TestContext.Current.CancellationToken));

        Assert.Contains("'a broken example', an example does not satisfy its own matcher", error.Message, StringComparison.Ordinal);
        Assert.Contains($"{side} ", error.Message, StringComparison.Ordinal);
        Assert.Contains("$.code", error.Message, StringComparison.Ordinal);
        Assert.False(ran);
        Assert.False(folder.Written());
    }

    [Fact]
    public async Task VerifyAsync_SameInteractionTwiceWithDifferentContent_ThrowsNamingIt()
    {
        using var folder = new TempPactFolder();
        using var contract = Contract.Between(ConsumerRun.ConsumerName, ConsumerRun.ProviderName, folder.Options());
        contract.UponReceiving("a request for stock").Given("stock exists").WithRequest(HttpMethod.Get, "/stock").WillRespond().WithStatus(200);
        contract.UponReceiving("a request for stock").Given("stock exists").WithRequest(HttpMethod.Get, "/stock").WillRespond().WithStatus(404);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => contract.VerifyAsync(_ => Task.CompletedTask, TestContext.Current.CancellationToken));

        Assert.Contains("'a request for stock' given stock exists", error.Message, StringComparison.Ordinal);
        Assert.Contains("different content", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyAsync_SameInteractionTwiceWithSameContent_ServesBothAndWritesOne()
    {
        var pact = await ConsumerRun.WriteAsync(
            contract =>
            {
                contract.UponReceiving("a ping").WithRequest(HttpMethod.Get, "/ping").WillRespond().WithStatus(204);
                contract.UponReceiving("a ping").WithRequest(HttpMethod.Get, "/ping").WillRespond().WithStatus(204);
            },
            async client =>
            {
                using var first = await client.GetAsync(new Uri("ping", UriKind.Relative), TestContext.Current.CancellationToken);
                using var second = await client.GetAsync(new Uri("ping", UriKind.Relative), TestContext.Current.CancellationToken);
            });

        Assert.Equal(["a ping"], pact.Descriptions);
    }

    [Fact]
    public void Dispose_InteractionsDefinedButNotVerified_ThrowsNamingThem()
    {
        var contract = Contract.Between(ConsumerRun.ConsumerName, ConsumerRun.ProviderName);
        contract.UponReceiving("first forgotten").WithRequest(HttpMethod.Get, "/a").WillRespond();
        contract.UponReceiving("second forgotten");

        var error = Assert.Throws<InvalidOperationException>(contract.Dispose);

        Assert.Contains("'first forgotten', 'second forgotten'", error.Message, StringComparison.Ordinal);
        Assert.Contains("never verified", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dispose_AfterVerification_DoesNotThrowAndLaterUseIsRejected()
    {
        using var folder = new TempPactFolder();
        var contract = Contract.Between(ConsumerRun.ConsumerName, ConsumerRun.ProviderName, folder.Options());
        DefineGetUser(contract);
        await contract.VerifyAsync(GetUserAsync, TestContext.Current.CancellationToken);

        var error = Record.Exception(contract.Dispose);

        Assert.Null(error);
        Assert.Throws<ObjectDisposedException>(() => contract.UponReceiving("too late"));
        await Assert.ThrowsAsync<ObjectDisposedException>(() => contract.VerifyAsync(_ => Task.CompletedTask, TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("", "UserService")]
    [InlineData("OrderService", " ")]
    public void Between_EmptyName_Throws(string consumer, string provider)
    {
        Assert.ThrowsAny<ArgumentException>(() => Contract.Between(consumer, provider));
    }

    [Fact]
    public void Between_SpecificationV1_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => Contract.Between("A", "B", new ContractOptions { Specification = PactSpecification.V1 }));

        Assert.Contains("V2, V3 or V4", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(65536)]
    public void Between_PortOutOfRange_Throws(int port)
    {
        var options = new ContractOptions { MockServer = new MockServerOptions { Port = port } };

        var error = Assert.Throws<ArgumentException>(() => Contract.Between("A", "B", options));

        Assert.Contains("between 0 and 65535", error.Message, StringComparison.Ordinal);
    }
}
