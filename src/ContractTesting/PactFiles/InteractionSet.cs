using ContractTesting.Json;
using ContractTesting.Models;
using Newtonsoft.Json.Linq;

namespace ContractTesting.PactFiles;

/// <summary>
/// Interactions keyed by what makes two of them the same interaction (kind, description and provider states). Adding
/// one that is already there with the same content changes nothing; with other content it is an error.
/// </summary>
/// <param name="where">Names where the interactions live, for error messages (a pact file, or "this test").</param>
/// <param name="specification">The version the content is compared in.</param>
internal sealed class InteractionSet(string where, PactSpecification specification)
{
    private readonly Dictionary<string, Interaction> _byIdentity = new(StringComparer.Ordinal);
    private bool _hasHttp;
    private bool _hasMessages;

    public int Count => _byIdentity.Count;

    /// <summary>The interactions in a stable order (by identity), so the same set always writes the same bytes.</summary>
    public IReadOnlyList<Interaction> Sorted => [.. _byIdentity.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => e.Value)];

    /// <summary>Adds every interaction.</summary>
    /// <exception cref="InvalidOperationException">One of them is already here with other content.</exception>
    public void AddRange(IEnumerable<Interaction> interactions)
    {
        foreach (var interaction in interactions)
        {
            Add(interaction);
        }
    }

    /// <summary>Adds an interaction, or confirms it is already here with the same content.</summary>
    /// <exception cref="InvalidOperationException">It is already here with other content.</exception>
    public void Add(Interaction interaction)
    {
        EnsureFits(interaction);
        _byIdentity[Identity(interaction)] = interaction;
        _hasHttp |= interaction is HttpInteraction;
        _hasMessages |= interaction is not HttpInteraction;
    }

    /// <summary>Throws when the interaction is already here with other content, or cannot join the others; adds nothing.</summary>
    /// <exception cref="InvalidOperationException">It is already here with other content, or it is a message among V3 HTTP interactions (or the reverse).</exception>
    public void EnsureFits(Interaction interaction)
    {
        if (specification == PactSpecification.V3 && (interaction is HttpInteraction ? _hasMessages : _hasHttp))
        {
            throw new InvalidOperationException(
                $"The {(interaction is HttpInteraction ? "HTTP interaction" : "message")} '{interaction.Description}' cannot join {where}: a V3 pact holds " +
                $"either HTTP interactions or messages, and it already holds {(_hasHttp ? "HTTP interactions" : "messages")}. Write specification V4, " +
                "which holds both, or give the messages a provider name of their own.");
        }

        if (_byIdentity.TryGetValue(Identity(interaction), out var previous) && Content(previous) != Content(interaction))
        {
            throw new InvalidOperationException(
                $"The interaction '{interaction.Description}'{States(interaction)} is already in {where} with different content. " +
                "Two tests define it differently, or a test changed it since the file was written: give the interactions different " +
                "descriptions or provider states, delete the file, or write with PactFileMode.FreshRun to prune what this run did not produce.");
        }
    }

    private static string Identity(Interaction interaction) =>
        interaction.Description + "\u0000" + States(interaction) + "\u0000" + interaction.Type;

    private static string States(Interaction interaction) => interaction.ProviderStates.Count == 0
        ? string.Empty
        : " given " + string.Join(" and ", interaction.ProviderStates.Select(s =>
            s.Parameters.Count == 0 ? s.Name : $"{s.Name} {PactJson.Canonical(new JObject(s.Parameters.Select(p => new JProperty(p.Key, p.Value))))}"));

    private string Content(Interaction interaction) =>
        PactFile.Serialize(new Pact { Consumer = new("c"), Provider = new("p"), Interactions = [interaction], Specification = specification });
}
