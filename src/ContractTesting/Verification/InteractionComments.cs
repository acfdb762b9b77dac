using ContractTesting.Json;
using ContractTesting.Models;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Verification;

/// <summary>
/// An interaction's V4 comments for people, printed with its result as the reference verifier prints them: the
/// original test name (<c>testname</c>), the <c>text</c> comments, and the <c>references</c> by group.
/// </summary>
internal static class InteractionComments
{
    public static IEnumerable<string> Lines(Interaction interaction)
    {
        var comments = interaction.Comments;
        if (comments.TryGetValue("testname", out var testName) && Text(testName) is { Length: > 0 } name)
        {
            yield return $"Test Name: {name}";
        }

        var texts = comments.TryGetValue("text", out var text)
            ? text is JArray array ? [.. array.Select(Text)] : new[] { Text(text) }
            : [];
        if (texts.Any(t => t.Length > 0))
        {
            yield return "Comments:";
            foreach (var line in texts.Where(t => t.Length > 0))
            {
                yield return "  " + line;
            }
        }

        if (comments.TryGetValue("references", out var references) && references is JObject { Count: > 0 } groups)
        {
            yield return "References:";
            foreach (var (group, entries) in groups)
            {
                yield return $"  {group}:";
                foreach (var (entry, value) in entries as JObject ?? [])
                {
                    yield return $"    {entry}: {Text(value!)}";
                }
            }
        }
    }

    private static string Text(JToken token) => token.Type == JTokenType.String ? (string)token! : PactJson.Compact(token);
}
