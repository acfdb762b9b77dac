using System.Text;
using System.Text.Json.Nodes;

namespace ContractTesting.Broker.Pacts;

/// <summary>A short account of how new pact content differs from what was published before, by interaction.</summary>
internal static class PactDiff
{
    public static string Describe(PactContent previous, PactContent next)
    {
        var before = Index(previous.Json);
        var after = Index(next.Json);
        var text = new StringBuilder("Changes to the pact content (compared with what was published before):");
        var changes = 0;
        foreach (var (key, interaction) in after)
        {
            if (!before.TryGetValue(key, out var old))
            {
                text.Append("\n  + added interaction ").Append(InteractionKey.Describe(interaction));
                changes++;
            }
            else if (PactContent.CanonicalInteraction(old) != PactContent.CanonicalInteraction(interaction))
            {
                text.Append("\n  ~ changed interaction ").Append(InteractionKey.Describe(interaction));
                changes++;
            }
        }

        foreach (var (_, interaction) in before.Where(entry => !after.ContainsKey(entry.Key)))
        {
            text.Append("\n  - removed interaction ").Append(InteractionKey.Describe(interaction));
            changes++;
        }

        if (changes == 0)
        {
            text.Append("\n  the specification version changed");
        }

        return text.ToString();
    }

    private static Dictionary<string, JsonObject> Index(JsonObject pact)
    {
        var index = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (var interaction in PactContent.Interactions(pact))
        {
            index.TryAdd(InteractionKey.Of(interaction), interaction);
        }

        return index;
    }
}
