namespace ContractTesting.Models;

/// <summary>
/// A version of the Pact specification. The version decides the layout of a pact file and, in a few
/// places, how values are matched (V1 compares query strings as raw text, for example).
/// </summary>
public enum PactSpecification
{
    /// <summary>Pact specification 1.0.0.</summary>
    V1,

    /// <summary>Pact specification 1.1.0: V1 files with query parameters matched by name rather than as raw text.</summary>
    V1Point1,

    /// <summary>Pact specification 2.0.0: adds matching rules (flat JSONPath keys).</summary>
    V2,

    /// <summary>Pact specification 3.0.0: rules grouped by category, generators, provider state parameters, message pacts.</summary>
    V3,

    /// <summary>Pact specification 4.0: typed interactions (HTTP, asynchronous and synchronous messages), keys, pending, comments.</summary>
    V4,
}
