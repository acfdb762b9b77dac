using ContractTesting.Generation;
using ContractTesting.Rules;
using Newtonsoft.Json.Linq;

namespace ContractTesting.PactFiles;

/// <summary>Writes generators in the pact-file layout: whole-part categories hold one generator, the others generators by path or name.</summary>
internal static class GeneratorJson
{
    public static JObject ToJson(Generators generators) =>
        new(generators.CategoryNames.Select(name => new JProperty(name, CategoryToJson(name, generators.Category(name)))));

    private static JObject CategoryToJson(string name, IReadOnlyList<KeyValuePair<DocPath, Generator>> entries)
    {
        if (MatchingRules.IsWholePart(name))
        {
            return entries[^1].Value.ToJson();
        }

        var byName = MatchingRules.IsKeyedByName(name);
        return new JObject(entries.Select(e => new JProperty(byName ? e.Key.FirstField ?? e.Key.Expression : e.Key.Expression, e.Value.ToJson())));
    }
}
