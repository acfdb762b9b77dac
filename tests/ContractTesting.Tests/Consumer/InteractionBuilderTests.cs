using ContractTesting.Consumer;
using ContractTesting.Tests.Support;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Tests.Consumer;

public sealed class InteractionBuilderTests
{
    [Fact]
    public async Task Given_ParametersOfSeveralTypes_KeepTheirJsonTypes()
    {
        var parameters = new { Id = 1, Code = "1", Price = 2.5m, Active = true, Tags = new[] { "a" }, Missing = (string?)null };

        var pact = await Get(interaction => interaction.Given("a user exists", parameters));

        JsonAssert.Equal(
            """[{"name":"a user exists","params":{"id":1,"code":"1","price":2.5,"active":true,"tags":["a"],"missing":null}}]""",
            pact.At("providerStates"));
        var state = Assert.Single(pact.Http().ProviderStates);
        Assert.Equal(JTokenType.Integer, state.Parameters["id"].Type);
        Assert.Equal(JTokenType.String, state.Parameters["code"].Type);
    }

    [Fact]
    public async Task Given_DictionaryParameters_KeepKeysAsWritten()
    {
        var parameters = new Dictionary<string, object> { ["UserId"] = 42, ["order-ref"] = "A-1" };

        var pact = await Get(interaction => interaction.Given("an order exists", parameters));

        JsonAssert.Equal("""{"UserId":42,"order-ref":"A-1"}""", pact.At("providerStates", "0", "params"));
    }

    [Fact]
    public async Task Given_SeveralStates_AreWrittenInOrder()
    {
        var pact = await Get(interaction => interaction.Given("b state").Given("a state", new { n = 1 }));

        JsonAssert.Equal("""[{"name":"b state"},{"name":"a state","params":{"n":1}}]""", pact.At("providerStates"));
    }

    [Fact]
    public void Given_ScalarParameters_Throws()
    {
        using var contract = Contract.Between(ConsumerRun.ConsumerName, ConsumerRun.ProviderName);
        var interaction = contract.UponReceiving("a request");

        var error = Assert.Throws<ArgumentException>(() => interaction.Given("a state", 42));

        Assert.Contains("object or a dictionary", error.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(contract.Dispose);
    }

    [Fact]
    public async Task V4Details_KeyPendingCommentsAndTestName_AreWritten()
    {
        var pact = await Get(interaction => interaction
            .WithKey("get-resource-v1")
            .AsPending()
            .WithComment("first")
            .WithComment("second")
            .WithTestName("InteractionBuilderTests.V4Details"));

        Assert.Equal("get-resource-v1", pact.At("key")?.ToString());
        JsonAssert.Equal("true", pact.At("pending"));
        JsonAssert.Equal("""{"text":["first","second"],"testname":"InteractionBuilderTests.V4Details"}""", pact.At("comments"));
        Assert.True(pact.Http().Pending);
        Assert.Equal("get-resource-v1", pact.Http().Key);
    }

    [Fact]
    public async Task V4Details_NoneGiven_WritesNoKeyAndNotPending()
    {
        var pact = await Get(interaction => interaction);

        Assert.Null(pact.At("key"));
        JsonAssert.Equal("false", pact.At("pending"));
        Assert.Null(pact.At("comments"));
    }

    [Fact]
    public void WithRequest_CalledTwice_Throws()
    {
        using var contract = Contract.Between(ConsumerRun.ConsumerName, ConsumerRun.ProviderName);
        var interaction = contract.UponReceiving("a request");
        interaction.WithRequest(HttpMethod.Get, "/a").WillRespond();

        var error = Assert.Throws<InvalidOperationException>(() => interaction.WithRequest(HttpMethod.Get, "/b"));

        Assert.Contains("'a request' already has a request", error.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(contract.Dispose);
    }

    [Fact]
    public async Task WithRequest_LowerCaseMethod_IsWrittenUpperCase()
    {
        var pact = await ConsumerRun.RequestAsync(
            interaction => interaction.WithRequest(new HttpMethod("patch"), "/orders/1"),
            client => client.PatchAsync(new Uri("orders/1", UriKind.Relative), null, TestContext.Current.CancellationToken));

        Assert.Equal("PATCH", pact.At("request", "method")?.ToString());
    }

    private static Task<WrittenPact> Get(Func<IInteractionBuilder, IInteractionBuilder> describe) =>
        ConsumerRun.RequestAsync(
            interaction => describe(interaction).WithRequest(HttpMethod.Get, "/resource"),
            client => client.GetAsync(new Uri("resource", UriKind.Relative), TestContext.Current.CancellationToken));
}
