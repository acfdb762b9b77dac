using Newtonsoft.Json.Linq;

namespace ContractTesting.Models;

/// <summary>
/// One interaction of a pact. The concrete kinds are <see cref="HttpInteraction"/>, <see cref="AsynchronousMessage"/>
/// and <see cref="SynchronousMessage"/>.
/// </summary>
public abstract record Interaction
{
    private protected Interaction()
    {
    }

    /// <summary>What the consumer does or expects, e.g. "a request for user 1". Unique within a pact together with the provider states.</summary>
    public required string Description { get; init; }

    /// <summary>The provider states to set before the interaction is replayed. Empty by default.</summary>
    public IReadOnlyList<ProviderState> ProviderStates { get; init; } = [];

    /// <summary>The V4 interaction key, a stable identifier; <see langword="null"/> when the pact has none.</summary>
    public string? Key { get; init; }

    /// <summary>Whether the interaction is pending (V4): its failure is reported but does not fail verification.</summary>
    public bool Pending { get; init; }

    /// <summary>V4 comments, such as <c>text</c> (an array of strings) and <c>testname</c>. Empty by default.</summary>
    public IReadOnlyDictionary<string, JToken> Comments { get; init; } = new Dictionary<string, JToken>();

    /// <summary>
    /// Fields of the interaction that this library does not interpret (for example a broker's <c>_id</c>,
    /// <c>interactionMarkup</c> or <c>pluginConfiguration</c>). They are kept so that reading then writing loses nothing.
    /// </summary>
    public IReadOnlyDictionary<string, JToken> Extensions { get; init; } = new Dictionary<string, JToken>();

    /// <summary>The V4 interaction type: "Synchronous/HTTP", "Asynchronous/Messages" or "Synchronous/Messages".</summary>
    public abstract string Type { get; }

    /// <summary>Whether both interactions are of the same kind with equal fields (collections compared by content).</summary>
    public virtual bool Equals(Interaction? other) =>
        other is not null && EqualityContract == other.EqualityContract && Description == other.Description &&
        Equality.Lists(ProviderStates, other.ProviderStates) && Key == other.Key && Pending == other.Pending &&
        Equality.JsonMaps(Comments, other.Comments) && Equality.JsonMaps(Extensions, other.Extensions);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(EqualityContract, Description, ProviderStates.Count, Key, Pending);
}
