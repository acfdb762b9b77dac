namespace ContractTesting.Verification;

/// <summary>What the verifier does with a provider state that no handler is registered for.</summary>
public enum UnhandledStateBehavior
{
    /// <summary>The interaction fails, with a message that names the state.</summary>
    Fail,

    /// <summary>The interaction is replayed anyway and a warning names the state.</summary>
    Warn,
}
