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
        foreach (var comment in InteractionComments.Lines(result.Interaction))
        {
            yield return "      " + comment;
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
                    $"{++number}) {Parties(pact.Source.Pact)}: {Name(interaction.Interaction)}{(interaction.Pending ? " (pending)" : string.Empty)}");
                foreach (var line in Details(interaction))
                {
                    text.AppendLine("   " + line);
                }
            }
        }

        return text.ToString().TrimEnd();
    }

    /// <summary>"a request for user 1" (given a user with ID 1 exists).</summary>
    public static string Name(Interaction interaction) => Title(interaction, quoted: true);

    /// <summary>a request for user 1 (given a user with ID 1 exists): the interaction's name in reports and test names.</summary>
    public static string Title(Interaction interaction, bool quoted = false)
    {
        var description = quoted ? $"\"{interaction.Description}\"" : interaction.Description;
        return interaction.ProviderStates.Count == 0
            ? description
            : $"{description} (given {string.Join(" and ", interaction.ProviderStates.Select(s => s.Name))})";
    }

    /// <summary>OrderService → UserService.</summary>
    public static string Parties(Pact pact) => $"{pact.Consumer.Name} → {pact.Provider.Name}";

    /// <summary>A failed interaction's errors, then its mismatches with their values, one line each.</summary>
    public static IEnumerable<string> Details(InteractionResult result)
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

    /// <summary>
    /// The mismatch's line, then its values: a diff (expected lines marked <c>-</c>, actual ones <c>+</c>) for JSON
    /// objects, arrays and multi-line text, otherwise each value the message does not already show.
    /// </summary>
    private static IEnumerable<string> Mismatch(Mismatch mismatch)
    {
        yield return mismatch.ToString();
        if (ValueDiff.Of(mismatch.Expected, mismatch.Actual) is { } diff)
        {
            yield return "  expected (-), actual (+):";
            foreach (var line in diff)
            {
                yield return line.Kind switch
                {
                    DiffLineKind.Expected => "  - " + line.Text,
                    DiffLineKind.Actual => "  + " + line.Text,
                    _ => "    " + line.Text,
                };
            }

            yield break;
        }

        if (mismatch.Expected is { } expected && !mismatch.Message.Contains(expected, StringComparison.Ordinal))
        {
            yield return $"  expected: {Shorten(expected)}";
        }

        if (mismatch.Actual is { } actual && !mismatch.Message.Contains(actual, StringComparison.Ordinal))
        {
            yield return $"  actual:   {Shorten(actual)}";
        }
    }

    /// <summary>"1 pact", "3 interactions".</summary>
    public static string Count(int count, string noun) => string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");

    /// <summary>The text on one line, cut to 300 characters.</summary>
    public static string Shorten(string text) => text.Length <= 300 ? text.ReplaceLineEndings(" ") : text[..300].ReplaceLineEndings(" ") + "…";
}
