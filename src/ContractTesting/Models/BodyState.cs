namespace ContractTesting.Models;

/// <summary>Whether a body is there at all, and if so whether it has content. The four states are kept apart.</summary>
public enum BodyState
{
    /// <summary>No body was given: nothing is expected of it.</summary>
    Missing,

    /// <summary>The body is JSON <c>null</c> in the pact file.</summary>
    Null,

    /// <summary>The body is empty (an empty string in the pact file).</summary>
    Empty,

    /// <summary>The body has content (possibly zero bytes received over HTTP).</summary>
    Present,
}
