using System.Globalization;
using ContractTesting.BrokerClient;
using ContractTesting.TestSupport;
using ContractTesting.Tests.Support;
using ContractTesting.Verification;
using Microsoft.AspNetCore.Http;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Tests.Sources;

public sealed partial class BrokerPactSourceTests
{
    /// <summary>
    /// Our verifier and the reference <c>pact verifier</c>, given the same settings, each verify a real provider against
    /// a stub broker of their own: they must ask for the same pacts and publish the same things, in the same order.
    /// </summary>
    [Fact]
    public async Task VerifyAsync_SameSettingsAsTheReferenceVerifier_SendsTheBrokerTheSameRequests()
    {
        ReferencePactCli.Require();
        await using var provider = await LoopbackHost.StartAsync(context =>
        {
            context.Response.ContentType = "application/json";
            return context.Response.WriteAsync("""{"id": 1, "name": "Ada"}""", context.RequestAborted);
        });
        await using var reference = Serve(await StubBroker.StartAsync());
        Select(reference, BrokerDocuments.Verifiable(reference.Href("/pacts/1"), pending: true));
        Select(BrokerDocuments.Verifiable(_broker.Href("/pacts/1"), pending: true));

        var run = await ReferencePactCli.RunAsync(
            [
                "verifier", "--broker-url", reference.BaseUrl.ToString(), "--provider-name", "UserService",
                "--hostname", "127.0.0.1", "--port", provider.BaseUrl.Port.ToString(CultureInfo.InvariantCulture),
                "--consumer-version-selectors", """{"mainBranch":true}""", "--consumer-version-selectors", """{"deployedOrReleased":true}""",
                "--enable-pending", "--include-wip-pacts-since", "2024-01-01", "--provider-branch", "feat/y", "--provider-tags", "dev",
                "--publish", "--provider-version", "2.0.0", "--build-url", "https://ci.test/builds/7", "--no-colour",
            ],
            TimeSpan.FromSeconds(60), Cancellation);
        var ours = await ProviderVerifier.For("UserService", provider.BaseUrl,
                Options() with { Publish = new PublishOptions { ProviderVersion = "2.0.0", BuildUrl = new Uri("https://ci.test/builds/7") } })
            .VerifyAsync(Source(new PactsForVerificationRequest
            {
                ConsumerVersionSelectors = [ConsumerVersionSelector.ForMainBranch(), ConsumerVersionSelector.ForDeployedOrReleased()],
                IncludePendingStatus = true,
                IncludeWipPactsSince = new DateOnly(2024, 1, 1),
                ProviderVersionBranch = "feat/y",
                ProviderVersionTags = ["dev"],
            }), Cancellation);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(ours.Passed, ours.Summary);
        Assert.Equal(Changes(reference), Changes(_broker));
        Assert.Equal(Fetched(reference), Fetched(_broker));
        AssertSameJson(reference.Received("POST", "/pacts/provider/UserService/for-verification"), _broker.Received("POST", "/pacts/provider/UserService/for-verification"));
        AssertSameJson(reference.Received("POST", "/pacts/1/verification-results"), _broker.Received("POST", "/pacts/1/verification-results"));
    }

    /// <summary>The requests that change something, in order, with their content type.</summary>
    private static List<string> Changes(StubBroker broker) =>
        [.. broker.Requests.Where(r => r.Method != "GET").Select(r => $"{r.Method} {r.Target} ({r.Header("Content-Type")})")];

    private static List<string> Fetched(StubBroker broker) =>
        [.. broker.Requests.Where(r => r.Method == "GET").Select(r => r.Target).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>Both bodies are the same JSON, but for who verified (<c>verifiedBy</c>).</summary>
    private static void AssertSameJson(RecordedRequest reference, RecordedRequest ours)
    {
        var (expected, actual) = (Without(reference.Json, "verifiedBy"), Without(ours.Json, "verifiedBy"));
        Assert.True(JToken.DeepEquals(expected, actual), $"The reference sent {expected}\nwe sent {actual}");
    }

    private static JToken Without(JToken json, string property)
    {
        (json as JObject)?.Remove(property);
        return json;
    }
}
