namespace ContractTesting.Verification;

/// <summary>Whether a provider state is being set up (before an interaction is replayed) or torn down (after it).</summary>
public enum ProviderStateAction
{
    /// <summary>Before the interaction: create what the state describes.</summary>
    Setup,

    /// <summary>After the interaction: remove what the setup created.</summary>
    Teardown,
}
