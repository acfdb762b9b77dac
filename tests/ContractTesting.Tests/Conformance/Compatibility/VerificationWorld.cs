using ContractTesting.Mocking;
using ContractTesting.Sources;
using ContractTesting.Tests.Support;
using ContractTesting.Verification;

namespace ContractTesting.Tests.Conformance.Compatibility;

/// <summary>
/// The provider side of a scenario: the provider and the state-change callback it started, the pacts to verify (files,
/// or brokers stubbed from the suite's fixtures), what the verifier is configured with, and the outcome.
/// </summary>
internal sealed class VerificationWorld : IAsyncDisposable
{
    private long _clock;

    /// <summary>The provider's name in every pact the provider scenarios verify.</summary>
    public const string ProviderName = "p";

    /// <summary>The real provider (Kestrel on 127.0.0.1), once a step started it.</summary>
    public ReplayProvider? Provider { get; set; }

    /// <summary>The provider-state callback the verifier calls through the state-change URL protocol, once configured.</summary>
    public StateCallbackServer? StateCallback { get; set; }

    /// <summary>Where the pacts to verify come from.</summary>
    public List<IPactSource> Sources { get; } = [];

    /// <summary>The brokers stubbed from the suite's fixtures (mock servers playing the broker's side).</summary>
    public List<MockServer> Brokers { get; } = [];

    /// <summary>Headers the request filter sets on every request to the provider.</summary>
    public List<(string Name, string Value)> FilterHeaders { get; } = [];

    /// <summary>Publishing of verification results, or null when it is not enabled.</summary>
    public PublishOptions? Publish { get; set; }

    /// <summary>What the verifier wrote.</summary>
    public CollectingOutput Output { get; } = new();

    /// <summary>The outcome, once the verification ran.</summary>
    public VerificationResult? Result { get; set; }

    /// <summary>A counter shared by the provider and the callback, so steps can tell which call came first.</summary>
    public long Tick() => Interlocked.Increment(ref _clock);

    public async ValueTask DisposeAsync()
    {
        if (Provider is not null)
        {
            await Provider.DisposeAsync();
        }

        if (StateCallback is not null)
        {
            await StateCallback.DisposeAsync();
        }

        foreach (var broker in Brokers)
        {
            await broker.DisposeAsync();
        }
    }
}
