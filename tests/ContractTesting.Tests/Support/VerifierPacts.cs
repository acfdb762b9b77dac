using ContractTesting.Models;
using ContractTesting.Sources;
using ContractTesting.Verification;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Tests.Support;

/// <summary>Pacts and verifiers for verifier tests: consumer "Shop", provider "Users".</summary>
internal static class VerifierPacts
{
    public const string Provider = "Users";

    public static IPactSource Source(params Interaction[] interactions) =>
        PactSource.FromPacts(new Pact { Consumer = new("Shop"), Provider = new(Provider), Interactions = interactions });

    /// <summary>A verifier for the stub, writing to <paramref name="output"/> (a fresh one when null), with no environment filter.</summary>
    public static ProviderVerifier Verifier(StubProvider provider, VerifierOptions? options = null, CollectingOutput? output = null) =>
        ProviderVerifier.For(Provider, provider, options: (options ?? new VerifierOptions()) with
        {
            Output = output ?? new CollectingOutput(),
            Filter = options is null ? InteractionFilter.None : options.Filter,
        });

    /// <summary><c>GET path</c> expecting 200 and an empty JSON object, given the states.</summary>
    public static HttpInteraction Get(string description, string path = "/users/1", params ProviderState[] states) => new()
    {
        Description = description,
        ProviderStates = states,
        Request = new HttpRequest { Method = "GET", Path = path },
        Response = SamplePacts.Json(200, "{}"),
    };

    /// <summary>A verifier of messages only, writing to <paramref name="output"/> (a fresh one when null), with no environment filter.</summary>
    public static ProviderVerifier MessageVerifier(CollectingOutput? output = null) =>
        ProviderVerifier.ForMessages(Provider, new VerifierOptions { Output = output ?? new CollectingOutput(), Filter = InteractionFilter.None });

    /// <summary>An asynchronous message with JSON contents (and metadata), given the states.</summary>
    public static AsynchronousMessage Event(string description, string json, IReadOnlyDictionary<string, JToken>? metadata = null, params ProviderState[] states) => new()
    {
        Description = description,
        ProviderStates = states,
        Contents = new MessageContents
        {
            Contents = Body.FromJson(JToken.Parse(json)),
            Metadata = metadata ?? new Dictionary<string, JToken>(),
        },
    };

    public static ProviderState State(string name, object? parameters = null) => new(name,
        parameters is null ? null : JObject.FromObject(parameters).Properties().ToDictionary(p => p.Name, p => p.Value));
}
