using System.Text.Json.Nodes;

namespace ContractTesting.Broker.Pacts;

/// <summary>
/// <c>onConflict: merge</c>: the published interactions are added to those already published for the consumer
/// version. An interaction with the same description and provider states must have the same content, else the
/// merge is refused with the interactions that differ.
/// </summary>
internal static class PactMerge
{
    public static PactContent Merge(PactContent existing, PactContent incoming, out IReadOnlyList<string> conflicts)
    {
        var merged = (JsonObject)existing.Json.DeepClone();
        var found = new List<string>();
        foreach (var key in new[] { "interactions", "messages" })
        {
            if (incoming.Json[key] is not JsonArray added)
            {
                continue;
            }

            if (merged[key] is not JsonArray target)
            {
                target = [];
                merged[key] = target;
            }

            var byKey = target.OfType<JsonObject>().GroupBy(InteractionKey.Of).ToDictionary(g => g.Key, g => g.First());
            foreach (var interaction in added.OfType<JsonObject>())
            {
                var interactionKey = InteractionKey.Of(interaction);
                if (!byKey.TryGetValue(interactionKey, out var current))
                {
                    var copy = (JsonObject)interaction.DeepClone();
                    target.Add(copy);
                    byKey[interactionKey] = copy;
                }
                else if (PactContent.CanonicalInteraction(current) != PactContent.CanonicalInteraction(interaction))
                {
                    found.Add(InteractionKey.Describe(interaction));
                }
            }
        }

        conflicts = found;
        return PactContent.FromStored(merged);
    }
}
