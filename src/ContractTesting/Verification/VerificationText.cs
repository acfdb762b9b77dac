using System.Globalization;
using System.Text;
using ContractTesting.Matching;
using ContractTesting.Models;

namespace ContractTesting.Verification;

/// <summary>How verification results read for people: progress lines, failure details and the summary.</summary>
internal static class VerificationText
{
    public static string PactHeading(PactVerificationResult pact) =>
        $"Verifying a pact between {pact.Source.Pact.Consumer.Name} and {pact.Source.Pact.Provider.Name} ({pact.Source.Origin}){(pact.Source.Pending ? " [pending]" : string.Empty)}";

    /// <summary>One interaction's line, its V4 comments, then (when it failed) its errors and mismatches, indented.</summary>
    public static IEnumerable<string> Interaction(InteractionResult result)
    {
        var outcome = result.Status == InteractionStatus.Passed ? "passed" : result.Pending ? "FAILED (pending, does not fail the verification)" : "FAILED";
        yield return $"  {Name(result.Interaction)}: {outcome} [{result.Duration.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)} ms]";
        foreach (var line in Comments(result.Interaction))
        {
            yield return "      " + line;
        }

        foreach (var warning in result.Warnings)
        {
            yield return $"      warning: {warning}";
        }

        foreach (var line in Details(result))
        {
            yield return "      " + line;
        }
    }

    public static string Summary(VerificationResult result)
    {
        var interactions = result.Interactions.ToList();
        var failed = interactions.Count(i => i.FailsVerification);
        var pendingFailed = interactions.Count(i => i.Status == InteractionStatus.Failed && i.Pending);
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"Verification of {result.Provider} {(result.Passed ? "passed" : "FAILED")}: ")
            .Append(CultureInfo.InvariantCulture, $"{Count(result.Pacts.Count, "pact")}, {Count(interactions.Count, "interaction")}, ")
            .Append(CultureInfo.InvariantCulture, $"{interactions.Count(i => i.Status == InteractionStatus.Passed)} passed, {failed} failed")
            .Append(pendingFailed > 0 ? string.Create(CultureInfo.InvariantCulture, $", {pendingFailed} pending failed") : string.Empty)
            .AppendLine(".");
        foreach (var error in result.Errors)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Error: {error}");
        }

        foreach (var warning in result.Warnings)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Warning: {warning}");
        }

        var number = 0;
        foreach (var pact in result.Pacts)
        {
            foreach (var interaction in pact.Interactions.Where(i => i.Status == InteractionStatus.Failed))
            {
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"{++number}) {pact.Source.Pact.Consumer.Name} → {pact.Source.Pact.Provider.Name}: {Name(interaction.Interaction)}{(interaction.Pending ? " (pending)" : string.Empty)}");
                foreach (var line in Details(interaction))
                {
                    text.AppendLine("   " + line);
                }
            }
        }

        return text.ToString().TrimEnd();
    }

    /// <summary>"a request for user 1" (given a user with ID 1 exists).</summary>
    public static string Name(Interaction interaction) => interaction.ProviderStates.Count == 0
        ? $"\"{interaction.Description}\""
        : $"\"{interaction.Description}\" (given {string.Join(" and ", interaction.ProviderStates.Select(s => s.Name))})";

    /// <summary>The consumer's V4 comments (<c>text</c>), and the name of the test that wrote the interaction (<c>testname</c>).</summary>
    private static IEnumerable<string> Comments(Interaction interaction)
    {
        if (interaction.Comments.TryGetValue("text", out var text))
        {
            foreach (var comment in text is Newtonsoft.Json.Linq.JArray lines ? lines : [text])
            {
                yield return $"comment: {Json.JsonDisplay.TextOf(comment)}";
            }
        }

        if (interaction.Comments.TryGetValue("testname", out var testName))
        {
            yield return $"Test Name: {Json.JsonDisplay.TextOf(testName)}";
        }
    }

    private static IEnumerable<string> Details(InteractionResult result)
    {
        foreach (var error in result.Errors)
        {
            yield return error;
        }

        foreach (var mismatch in result.Mismatches)
        {
            foreach (var line in Mismatch(mismatch))
            {
                yield return line;
            }
        }
    }

    private static IEnumerable<string> Mismatch(Mismatch mismatch)
    {
        yield return mismatch.ToString();
        if (mismatch.Expected is { } expected && !mismatch.Message.Contains(expected, StringComparison.Ordinal))
        {
            yield return $"  expected: {Shorten(expected)}";
        }

        if (mismatch.Actual is { } actual && !mismatch.Message.Contains(actual, StringComparison.Ordinal))
        {
            yield return $"  actual:   {Shorten(actual)}";
        }
    }

    private static string Count(int count, string noun) => string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");

    private static string Shorten(string text) => text.Length <= 300 ? text.ReplaceLineEndings(" ") : text[..300].ReplaceLineEndings(" ") + "…";
}
