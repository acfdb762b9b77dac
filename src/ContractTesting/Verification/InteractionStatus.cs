namespace ContractTesting.Verification;

/// <summary>The outcome of replaying one interaction.</summary>
public enum InteractionStatus
{
    /// <summary>The provider answered as the pact expects.</summary>
    Passed,

    /// <summary>It did not, or a provider state, the request or a message factory failed.</summary>
    Failed,
}
