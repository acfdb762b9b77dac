namespace ContractTesting.Mocking;

/// <summary>What went wrong at a mock server.</summary>
public enum MockServerProblemKind
{
    /// <summary>An expected interaction never arrived.</summary>
    ExpectedButNotReceived,

    /// <summary>A request arrived that no interaction expects (no interaction has its method and path).</summary>
    UnexpectedRequest,

    /// <summary>A request arrived for an interaction (same method and path) but did not match it.</summary>
    RequestMismatch,
}
