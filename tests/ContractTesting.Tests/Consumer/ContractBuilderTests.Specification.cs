using ContractTesting.Models;
using ContractTesting.Tests.Support;

namespace ContractTesting.Tests.Consumer;

public sealed partial class ContractBuilderTests
{
    [Fact]
    public async Task VerifyAsync_V2WithV3OnlyMatcher_ThrowsClearlyBeforeServerStarts()
    {
        using var folder = new TempPactFolder();
        using var contract = Contract.Between(ConsumerRun.ConsumerName, ConsumerRun.ProviderName, folder.Options(new ContractOptions { Specification = PactSpecification.V2 }));
        contract.UponReceiving("a request for user 1").WithRequest(HttpMethod.Get, "/users/1").WillRespond().WithJsonBody(new { id = Match.WholeNumber(1) });
        var ran = false;

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => contract.VerifyAsync(_ => Task.FromResult(ran = true), TestContext.Current.CancellationToken));

        Assert.Contains("cannot be written as specification 2.0.0", error.Message, StringComparison.Ordinal);
        Assert.Contains("interaction 'a request for user 1': the 'integer' matching rule needs V3 or V4", error.Message, StringComparison.Ordinal);
        Assert.False(ran);
        Assert.False(folder.Written());
    }

    [Fact]
    public async Task VerifyAsync_V2WithGenerator_ThrowsBeforeServerStarts()
    {
        using var folder = new TempPactFolder();
        using var contract = Contract.Between(ConsumerRun.ConsumerName, ConsumerRun.ProviderName, folder.Options(new ContractOptions { Specification = PactSpecification.V2 }));
        contract.UponReceiving("a request").WithRequest(HttpMethod.Get, "/").WillRespond().WithJsonBody(new { id = Match.Uuid() });

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => contract.VerifyAsync(_ => Task.CompletedTask, TestContext.Current.CancellationToken));

        Assert.Contains("generators need V3 or V4", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyAsync_V2WithTypeAndRegexMatchers_WritesFlatV2Rules()
    {
        var pact = await ConsumerRun.RequestAsync(
            interaction => interaction.WithRequest(HttpMethod.Get, "/users")
                .WithQuery("name", Match.Regex("ada", "[a-z]+"))
                .WithHeader("X-Tenant", Match.Type("acme")),
            client =>
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("users?name=grace", UriKind.Relative));
                request.Headers.Add("X-Tenant", "other");
                return client.SendAsync(request, TestContext.Current.CancellationToken);
            },
            new ContractOptions { Specification = PactSpecification.V2 });

        Assert.Equal("2.0.0", pact.Json["metadata"]?["pactSpecification"]?["version"]?.ToString());
        JsonAssert.Equal(
            """{"$.query.name":{"match":"regex","regex":"[a-z]+"},"$.headers.X-Tenant":{"match":"type"}}""",
            pact.At("request", "matchingRules"));
        Assert.Equal(PactSpecification.V2, pact.Pact.Specification);
    }

    [Fact]
    public async Task VerifyAsync_V3_WritesV3File()
    {
        var pact = await ConsumerRun.RespondAsync(
            response => response.WithJsonBody(new { id = Match.WholeNumber(1), at = Match.Date("2024-02-29") }),
            options: new ContractOptions { Specification = PactSpecification.V3 });

        Assert.Equal("3.0.0", pact.Json["metadata"]?["pactSpecification"]?["version"]?.ToString());
        Assert.Equal(PactSpecification.V3, pact.Pact.Specification);
        Assert.Null(pact.At("type"));
        JsonAssert.Equal("""{"id":1,"at":"2024-02-29"}""", pact.At("response", "body"));
        JsonAssert.Equal("""[{"match":"integer"}]""", pact.Rules("response", "body", "$.id"));
    }

    [Fact]
    public async Task VerifyAsync_V3WithV4OnlyDetails_ThrowsBeforeServerStarts()
    {
        using var folder = new TempPactFolder();
        using var contract = Contract.Between(ConsumerRun.ConsumerName, ConsumerRun.ProviderName, folder.Options(new ContractOptions { Specification = PactSpecification.V3 }));
        contract.UponReceiving("a keyed request").WithKey("k1").WithRequest(HttpMethod.Get, "/").WillRespond();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => contract.VerifyAsync(_ => Task.CompletedTask, TestContext.Current.CancellationToken));

        Assert.Contains("keys, pending flags and comments need V4", error.Message, StringComparison.Ordinal);
    }
}
