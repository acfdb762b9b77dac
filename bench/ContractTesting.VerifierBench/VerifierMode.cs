namespace ContractTesting.VerifierBench;

/// <summary>How our verifier reaches the provider and its states.</summary>
internal enum VerifierMode
{
    /// <summary>Requests over HTTP to Kestrel, states through the state-change URL: what the reference verifier does.</summary>
    Http,

    /// <summary>Requests over HTTP to Kestrel, states through the in-process handlers.</summary>
    HttpInProcessStates,

    /// <summary>Requests through the in-memory test server's handler, states through the in-process handlers.</summary>
    Memory,
}
