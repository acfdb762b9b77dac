using Newtonsoft.Json.Linq;

namespace ContractTesting.Models;

/// <summary>
/// A state the provider must be in before an interaction is replayed, with optional parameters.
/// Parameters keep their JSON type: a number stays a number and a string stays a string.
/// </summary>
public sealed record ProviderState
{
    /// <summary>Creates a provider state.</summary>
    /// <param name="name">The state's name, e.g. "a user with ID 1 exists".</param>
    /// <param name="parameters">Typed parameters, or <see langword="null"/> for none.</param>
    public ProviderState(string name, IReadOnlyDictionary<string, JToken>? parameters = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        Name = name;
        Parameters = parameters ?? EmptyParameters;
    }

    private static readonly IReadOnlyDictionary<string, JToken> EmptyParameters = new Dictionary<string, JToken>();

    /// <summary>The state's name.</summary>
    public string Name { get; }

    /// <summary>The state's parameters (empty when there are none).</summary>
    public IReadOnlyDictionary<string, JToken> Parameters { get; }

    /// <summary>Whether both states have the same name and equal parameters.</summary>
    public bool Equals(ProviderState? other) => other is not null && Name == other.Name && Equality.JsonMaps(Parameters, other.Parameters);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Equality.KeysHash(Parameters));
}
