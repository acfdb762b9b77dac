using Newtonsoft.Json.Linq;

namespace ContractTesting.Models;

/// <summary>
/// A contract between a consumer and a provider: the interactions the consumer relies on. One model serves
/// every specification version; <see cref="Specification"/> says which version the pact was read as or will
/// be written as.
/// </summary>
public sealed record Pact
{
    /// <summary>The consumer.</summary>
    public required Pacticipant Consumer { get; init; }

    /// <summary>The provider.</summary>
    public required Pacticipant Provider { get; init; }

    /// <summary>The interactions, in the order they were defined or read.</summary>
    public IReadOnlyList<Interaction> Interactions { get; init; } = [];

    /// <summary>The specification version. Defaults to <see cref="PactSpecification.V4"/>.</summary>
    public PactSpecification Specification { get; init; } = PactSpecification.V4;

    /// <summary>
    /// Pact-level metadata other than <c>pactSpecification</c> (for example the writing tool's name and version,
    /// or plugin details). Empty by default.
    /// </summary>
    public IReadOnlyDictionary<string, JToken> Metadata { get; init; } = new Dictionary<string, JToken>();

    /// <summary>Whether both pacts are between the same parties, with equal interactions in the same order and equal metadata.</summary>
    public bool Equals(Pact? other) =>
        other is not null && Consumer == other.Consumer && Provider == other.Provider && Specification == other.Specification &&
        Equality.Lists(Interactions, other.Interactions) && Equality.JsonMaps(Metadata, other.Metadata);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Consumer, Provider, Specification, Interactions.Count);
}
