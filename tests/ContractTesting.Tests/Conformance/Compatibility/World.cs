using ContractTesting.Consumer;
using ContractTesting.Generation;
using ContractTesting.Matching;
using ContractTesting.Mocking;
using ContractTesting.Models;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Tests.Conformance.Compatibility;

/// <summary>The state a scenario builds up step by step. Disposing it stops the mock server and deletes the scenario's pact folder.</summary>
internal sealed class World(string feature, string fixtures) : IAsyncDisposable
{
    private readonly Lazy<string> _pactDirectory = new(() =>
        Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "contracttesting-compatibility", Guid.NewGuid().ToString("N"))).FullName);

    private bool _stopped;

    /// <summary>The feature path, e.g. <c>V3/matching_rules.feature</c>.</summary>
    public string Feature { get; } = feature;

    /// <summary>The specification version the feature is about (its folder: <c>V1</c> … <c>V4</c>).</summary>
    public PactSpecification Specification { get; } = feature.Split('/')[0] switch
    {
        "V1" => PactSpecification.V1,
        "V2" => PactSpecification.V2,
        "V3" => PactSpecification.V3,
        _ => PactSpecification.V4,
    };

    public string Fixtures { get; } = fixtures;

    public HttpRequest ExpectedRequest { get; set; } = new();

    public List<HttpRequest> ReceivedRequests { get; } = [];

    public List<MatchResult> Results { get; } = [];

    public HttpResponse ExpectedResponse { get; set; } = new();

    public List<HttpResponse> ReceivedResponses { get; } = [];

    public HttpRequest GeneratorRequest { get; set; } = new();

    public HttpResponse GeneratorResponse { get; set; } = new();

    public GeneratorContext GeneratorContext { get; set; } = new() { Mode = GeneratorMode.Consumer };

    /// <summary>The body before generators ran (of the request or response configured last).</summary>
    public Body OriginalBody { get; set; } = Body.Missing;

    public HttpRequest? GeneratedRequest { get; set; }

    public HttpResponse? GeneratedResponse { get; set; }

    /// <summary>The body after generators ran (of the request or response prepared last).</summary>
    public Body? GeneratedBody { get; set; }

    /// <summary>The interactions of the scenario's table, in order (interaction N is at N - 1).</summary>
    public List<HttpInteraction> Interactions { get; } = [];

    /// <summary>The pact the mock server plays.</summary>
    public Pact? MockPact { get; set; }

    public MockServer? MockServer { get; set; }

    /// <summary>The last response the mock server gave.</summary>
    public HttpResponse? MockResponse { get; set; }

    /// <summary>A folder of this scenario's own, for the pact files it writes.</summary>
    public string PactDirectory => _pactDirectory.Value;

    /// <summary>The pact file written by the scenario, once read back.</summary>
    public Pact? WrittenPact { get; set; }

    /// <summary>The JSON of the pact file written by the scenario.</summary>
    public JObject? PactJson { get; set; }

    /// <summary>The consumer contract being defined through the DSL.</summary>
    public IContractBuilder? Contract { get; set; }

    /// <summary>The interaction being defined through the DSL.</summary>
    public IInteractionBuilder? Interaction { get; set; }

    /// <summary>The provider side: provider, state callback, pacts to verify, stubbed brokers and the verification's outcome.</summary>
    public VerificationWorld Verification { get; } = new();

    /// <summary>The message interaction a consumer scenario defines, and what its test received and wrote.</summary>
    public MessageConsumerScenario MessageConsumer { get; } = new();

    /// <summary>The message factories, pacts and verification of a message provider scenario.</summary>
    public MessageProviderScenario MessageProvider { get; } = new();

    /// <summary>Stops the mock server (once); its problems stay readable.</summary>
    public async Task StopMockServerAsync()
    {
        if (MockServer is not null && !_stopped)
        {
            _stopped = true;
            await MockServer.DisposeAsync().ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopMockServerAsync().ConfigureAwait(false);
        await Verification.DisposeAsync().ConfigureAwait(false);

        if (_pactDirectory.IsValueCreated)
        {
            await PendingPacts.DiscardUnderAsync(_pactDirectory.Value, CancellationToken.None).ConfigureAwait(false);
            Directory.Delete(_pactDirectory.Value, recursive: true);
        }
    }
}
