using ContractTesting.Sources;
using ContractTesting.Tests.Support;
using ContractTesting.Verification;

namespace ContractTesting.Tests.Conformance.Compatibility;

/// <summary>A message provider scenario: the provider's message factories, the pact files to verify, and the result.</summary>
internal sealed class MessageProviderScenario
{
    /// <summary>The factories of the provider under test, by message name.</summary>
    public ProviderMessages Factories { get; } = new();

    /// <summary>The pact files to verify.</summary>
    public List<IPactSource> Sources { get; } = [];

    /// <summary>Whether the provider-state callback is configured.</summary>
    public bool StateCallback { get; set; }

    /// <summary>Every call the verification made, in order: <c>setup: state</c>, <c>factory: name</c>, <c>teardown: state</c>.</summary>
    public List<string> Calls { get; } = [];

    /// <summary>What the verifier wrote.</summary>
    public CollectingOutput Output { get; } = new();

    public VerificationResult? Result { get; set; }
}
