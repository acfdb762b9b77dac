using System.Net;
using System.Text;
using ContractTesting.Consumer;
using ContractTesting.Json;
using ContractTesting.Mocking;
using ContractTesting.Tests.Support;

namespace ContractTesting.Tests.Consumer;

public sealed partial class ContractBuilderTests
{
    [Fact]
    public async Task VerifyAsync_EveryInteractionArrivesAndMatches_WritesPactFile()
    {
        using var folder = new TempPactFolder();
        using var contract = Contract.Between(ConsumerRun.ConsumerName, ConsumerRun.ProviderName, folder.Options());
        DefineGetUser(contract);

        await contract.VerifyAsync(GetUserAsync, TestContext.Current.CancellationToken);

        var pact = folder.Read();
        Assert.Equal(["a request for user 1"], pact.Descriptions);
        Assert.Equal(ConsumerRun.ConsumerName, pact.Pact.Consumer.Name);
        Assert.Equal(ConsumerRun.ProviderName, pact.Pact.Provider.Name);
        Assert.Equal("4.0", pact.Json["metadata"]?["pactSpecification"]?["version"]?.ToString());
    }

    [Fact]
    public async Task VerifyAsync_RequestMismatch_Answers500WithJsonDescriptionAndThrows()
    {
        using var folder = new TempPactFolder();
        using var contract = Contract.Between(ConsumerRun.ConsumerName, ConsumerRun.ProviderName, folder.Options());
        contract.UponReceiving("an order is created")
            .WithRequest(HttpMethod.Post, "/orders")
            .WithJsonBody(new { quantity = Match.WholeNumber(2) })
            .WillRespond()
            .WithStatus(HttpStatusCode.Created);
        HttpStatusCode? status = null;
        string? answer = null;

        var error = await Assert.ThrowsAsync<ContractVerificationException>(() => contract.VerifyAsync(
            async context =>
            {
                using var client = context.CreateHttpClient();
                using var content = new StringContent("""{"quantity":"two"}""", Encoding.UTF8, "application/json");
                using var response = await client.PostAsync(new Uri("orders", UriKind.Relative), content, TestContext.Current.CancellationToken);
                status = response.StatusCode;
                answer = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            },
            TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.InternalServerError, status);
        var json = PactJson.Parse(answer!);
        Assert.Equal("Request POST /orders did not match the interaction 'an order is created'", json["error"]?.ToString());
        Assert.Equal("an order is created", json["interaction"]?.ToString());
        var mismatch = Assert.Single(json["mismatches"]!);
        Assert.Equal("body", mismatch["type"]?.ToString());
        Assert.Equal("$.quantity", mismatch["location"]?.ToString());
        Assert.Equal([MockServerProblemKind.RequestMismatch, MockServerProblemKind.ExpectedButNotReceived], error.Problems.Select(p => p.Kind));
        Assert.Equal("an order is created", error.Problems[0].Interaction?.Description);
        Assert.Contains("did not match the interaction 'an order is created'", error.Message, StringComparison.Ordinal);
        Assert.Contains("$.quantity", error.Message, StringComparison.Ordinal);
        Assert.False(folder.Written());
    }

    [Fact]
    public async Task VerifyAsync_UnexpectedRequest_ThrowsAndWritesNothing()
    {
        using var folder = new TempPactFolder();
        using var contract = Contract.Between(ConsumerRun.ConsumerName, ConsumerRun.ProviderName, folder.Options());
        DefineGetUser(contract);

        var error = await Assert.ThrowsAsync<ContractVerificationException>(() => contract.VerifyAsync(
            async context =>
            {
                await GetUserAsync(context);
                using var client = context.CreateHttpClient();
                using var response = await client.DeleteAsync(new Uri("users/1", UriKind.Relative), TestContext.Current.CancellationToken);
                Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
            },
            TestContext.Current.CancellationToken));

        var problem = Assert.Single(error.Problems);
        Assert.Equal(MockServerProblemKind.UnexpectedRequest, problem.Kind);
        Assert.Equal("DELETE", problem.Request?.Method);
        Assert.Contains("Unexpected request: DELETE /users/1", error.Message, StringComparison.Ordinal);
        Assert.False(folder.Written());
    }

    [Fact]
    public async Task VerifyAsync_InteractionNeverCalled_ThrowsNamingItAndWritesNothing()
    {
        using var folder = new TempPactFolder();
        using var contract = Contract.Between(ConsumerRun.ConsumerName, ConsumerRun.ProviderName, folder.Options());
        DefineGetUser(contract);
        contract.UponReceiving("a request for the user list").WithRequest(HttpMethod.Get, "/users").WillRespond();

        var error = await Assert.ThrowsAsync<ContractVerificationException>(() => contract.VerifyAsync(GetUserAsync, TestContext.Current.CancellationToken));

        var problem = Assert.Single(error.Problems);
        Assert.Equal(MockServerProblemKind.ExpectedButNotReceived, problem.Kind);
        Assert.Equal("a request for the user list", problem.Interaction?.Description);
        Assert.Contains("Expected but not received: 'a request for the user list' (GET /users)", error.Message, StringComparison.Ordinal);
        Assert.Null(error.InnerException);
        Assert.False(folder.Written());
    }

    [Fact]
    public async Task VerifyAsync_TestThrowsAfterEveryRequestMatched_RethrowsTestExceptionAndWritesNothing()
    {
        using var folder = new TempPactFolder();
        using var contract = Contract.Between(ConsumerRun.ConsumerName, ConsumerRun.ProviderName, folder.Options());
        DefineGetUser(contract);
        var failure = new FormatException("the consumer could not read the user");

        var thrown = await Assert.ThrowsAsync<FormatException>(() => contract.VerifyAsync(
            async context =>
            {
                await GetUserAsync(context);
                throw failure;
            },
            TestContext.Current.CancellationToken));

        Assert.Same(failure, thrown);
        Assert.False(folder.Written());
    }

    [Fact]
    public async Task VerifyAsync_TestThrowsWithMockProblems_ThrowsProblemsWithTestExceptionInner()
    {
        using var folder = new TempPactFolder();
        using var contract = Contract.Between(ConsumerRun.ConsumerName, ConsumerRun.ProviderName, folder.Options());
        DefineGetUser(contract);
        var failure = new FormatException("the consumer gave up early");

        var error = await Assert.ThrowsAsync<ContractVerificationException>(() => contract.VerifyAsync(_ => throw failure, TestContext.Current.CancellationToken));

        Assert.Same(failure, error.InnerException);
        Assert.Equal(MockServerProblemKind.ExpectedButNotReceived, Assert.Single(error.Problems).Kind);
        Assert.Contains("The test also failed: FormatException: the consumer gave up early", error.Message, StringComparison.Ordinal);
        Assert.False(folder.Written());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task VerifyAsync_ConsumerContext_HandlerAndClientReachMockServer(bool kestrel)
    {
        using var folder = new TempPactFolder();
        using var contract = Contract.Between(ConsumerRun.ConsumerName, ConsumerRun.ProviderName, folder.Options(new ContractOptions { MockServer = new MockServerOptions { UseKestrel = kestrel } }));
        contract.UponReceiving("a ping").WithRequest(HttpMethod.Get, "/ping").WillRespond().WithStatus(204);
        contract.UponReceiving("a pong").WithRequest(HttpMethod.Get, "/pong").WillRespond().WithStatus(202);
        Uri? address = null;

        await contract.VerifyAsync(
            async context =>
            {
                address = context.MockServerUri;
                using var own = new HttpClient(context.CreateHandler()) { BaseAddress = context.MockServerUri };
                using var ping = await own.GetAsync(new Uri("ping", UriKind.Relative), TestContext.Current.CancellationToken);
                Assert.Equal(HttpStatusCode.NoContent, ping.StatusCode);
                using var client = context.CreateHttpClient();
                Assert.Equal(context.MockServerUri, client.BaseAddress);
                using var pong = await client.GetAsync(new Uri("pong", UriKind.Relative), TestContext.Current.CancellationToken);
                Assert.Equal(HttpStatusCode.Accepted, pong.StatusCode);
            },
            TestContext.Current.CancellationToken);

        Assert.Equal(kestrel ? "127.0.0.1" : "localhost", address?.Host);
        Assert.Equal(["a ping", "a pong"], folder.Read().Descriptions);
    }

    [Fact]
    public async Task VerifyAsync_FailedRound_ReportsOnlyItsOwnInteractionsNextRound()
    {
        using var folder = new TempPactFolder();
        using var contract = Contract.Between(ConsumerRun.ConsumerName, ConsumerRun.ProviderName, folder.Options());
        contract.UponReceiving("a request nobody sends").WithRequest(HttpMethod.Get, "/never").WillRespond();
        await Assert.ThrowsAsync<ContractVerificationException>(() => contract.VerifyAsync(_ => Task.CompletedTask, TestContext.Current.CancellationToken));
        DefineGetUser(contract);

        await contract.VerifyAsync(GetUserAsync, TestContext.Current.CancellationToken);

        Assert.Equal(["a request for user 1"], folder.Read().Descriptions);
    }

    private static void DefineGetUser(IContractBuilder contract) =>
        contract.UponReceiving("a request for user 1")
            .Given("a user with ID 1 exists", new { id = 1 })
            .WithRequest(HttpMethod.Get, "/users/1")
            .WithHeader("Accept", "application/json")
            .WillRespond()
            .WithStatus(HttpStatusCode.OK)
            .WithJsonBody(new { id = Match.WholeNumber(1), name = Match.Type("Ada") });

    private static async Task GetUserAsync(IConsumerContext context)
    {
        using var client = context.CreateHttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("users/1", UriKind.Relative));
        request.Headers.Add("Accept", "application/json");
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var user = PactJson.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal("Ada", user["name"]?.ToString());
    }
}
