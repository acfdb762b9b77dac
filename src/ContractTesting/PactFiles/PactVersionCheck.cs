using ContractTesting.Models;

using ContractTesting.Rules;

namespace ContractTesting.PactFiles;

/// <summary>Checks that a pact can be written in a specification version without losing anything.</summary>
internal static class PactVersionCheck
{
    /// <exception cref="InvalidOperationException">Lists every interaction and feature the version cannot hold.</exception>
    public static void EnsureRepresentable(Pact pact, PactSpecification version)
    {
        var problems = new List<string>();
        if (version == PactSpecification.V3 && pact.Interactions.Any(i => i is HttpInteraction) && pact.Interactions.Any(i => i is AsynchronousMessage))
        {
            problems.Add("a V3 pact holds either HTTP interactions or messages, not both");
        }

        foreach (var interaction in pact.Interactions)
        {
            foreach (var problem in Problems(interaction, version))
            {
                problems.Add($"interaction '{interaction.Description}': {problem}");
            }
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException(
                $"The pact between {pact.Consumer.Name} and {pact.Provider.Name} cannot be written as specification {version.ToVersionString()} " +
                $"without losing information: {string.Join("; ", problems)}.");
        }
    }

    private static IEnumerable<string> Problems(Interaction interaction, PactSpecification version)
    {
        if (version == PactSpecification.V4)
        {
            yield break;
        }

        if (interaction is SynchronousMessage)
        {
            yield return "synchronous messages need V4";
        }

        if (interaction.Key is not null || interaction.Pending || interaction.Comments.Count > 0)
        {
            yield return "keys, pending flags and comments need V4";
        }

        if (Bodies(interaction).Any(IsJsonNull))
        {
            yield return "a JSON body that is the literal null reads back as a null body before V4";
        }

        if (version >= PactSpecification.V3)
        {
            yield break;
        }

        if (interaction is AsynchronousMessage)
        {
            yield return "messages need V3 or V4";
        }

        if (interaction.ProviderStates.Count > 1 || interaction.ProviderStates.Any(s => s.Parameters.Count > 0))
        {
            yield return "several provider states, or provider state parameters, need V3 or V4";
        }

        if (interaction is HttpInteraction http)
        {
            if (!http.Request.Generators.IsEmpty || !http.Response.Generators.IsEmpty)
            {
                yield return "generators need V3 or V4";
            }

            var hasRules = !http.Request.MatchingRules.IsEmpty || !http.Response.MatchingRules.IsEmpty;
            if (hasRules && version < PactSpecification.V2)
            {
                yield return "matching rules need V2 or later";
            }

            var lists = http.Request.MatchingRules.Categories.Concat(http.Response.MatchingRules.Categories).SelectMany(c => c.Rules).ToList();
            if (lists.Any(r => r.Value.Rules.Count != 1))
            {
                yield return "V2 holds one matching rule per path; combined rules need V3 or V4";
            }

            foreach (var rule in lists.SelectMany(r => r.Value.Rules).Where(r => r is not (RegexRule or TypeRule)).Select(r => r.Name).Distinct())
            {
                yield return $"the '{rule}' matching rule needs V3 or V4 (V2 has regex and type rules only)";
            }
        }
    }

    private static IEnumerable<(Body Body, ContentType? Type)> Bodies(Interaction interaction) => interaction switch
    {
        HttpInteraction http => [(http.Request.Body, http.Request.ContentType), (http.Response.Body, http.Response.ContentType)],
        AsynchronousMessage message => [(message.Contents.Contents, message.Contents.ContentType)],
        SynchronousMessage sync => [(sync.Request.Contents, sync.Request.ContentType), .. sync.Responses.Select(r => (r.Contents, r.ContentType))],
        _ => [],
    };

    private static bool IsJsonNull((Body Body, ContentType? Type) part) =>
        part.Body.IsPresent && part.Type is { IsJson: true } && part.Body.Content.Length == 4 && part.Body.AsText() == "null";
}
