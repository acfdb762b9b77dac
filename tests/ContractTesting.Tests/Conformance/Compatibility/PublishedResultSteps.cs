using ContractTesting.Mocking;
using ContractTesting.Models;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Tests.Conformance.Compatibility;

/// <summary>Checks what the verifier published to the brokers stubbed from the fixtures.</summary>
internal static class PublishedResultSteps
{
    [Step("a verification result will NOT be published back")]
    public static void NothingPublished(World world) =>
        Assert.DoesNotContain(world.Verification.Brokers.SelectMany(b => b.ReceivedRequests), r => r.Path.EndsWith("/verification-results", StringComparison.Ordinal));

    [Step("a successful verification result will be published back for interaction \\{(\\d+)\\}")]
    public static void SuccessPublished(World world, int number) => Assert.True(Published(world, number), "The result published was not a success.");

    [Step("a failed verification result will be published back for the interaction \\{(\\d+)\\}")]
    public static void FailurePublished(World world, int number) => Assert.False(Published(world, number), "The result published was a success.");

    /// <summary>
    /// The <c>success</c> of the one result published for consumer <c>c_N</c>, which the stub must have matched
    /// with one of the fixture's publishing interactions.
    /// </summary>
    private static bool Published(World world, int number)
    {
        var path = $"/pacts/provider/{VerificationWorld.ProviderName}/consumer/c_{number}/verification-results";
        var (broker, request) = Assert.Single(
            world.Verification.Brokers.SelectMany(b => b.ReceivedRequests.Select(r => (Broker: b, Request: r))),
            p => p.Request.Method == "POST" && p.Request.Path == path);
        Assert.False(Unmatched(broker, request), $"The stub broker did not accept the results:\n{string.Join("\n", broker.Problems)}");
        return JObject.Parse(request.Body.AsText())["success"] is JValue { Type: JTokenType.Boolean } success
            ? (bool)success!
            : throw new InvalidOperationException($"The results published have no boolean 'success': {request.Body.AsText()}");
    }

    private static bool Unmatched(MockServer broker, HttpRequest request) =>
        broker.Problems.Any(p => ReferenceEquals(p.Request, request) || p.Request is { } other && other.Method == request.Method && other.Path == request.Path);
}
