using ContractTesting.Models;

namespace ContractTesting.Verification;

/// <summary>One call to a provider-state handler: which state, with which parameters, set up or torn down.</summary>
/// <param name="State">The state and its parameters, as the pact gives them.</param>
/// <param name="Action">Set up or tear down.</param>
public sealed record ProviderStateChange(ProviderState State, ProviderStateAction Action);
