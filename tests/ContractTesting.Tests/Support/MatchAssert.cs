using ContractTesting.Matching;

namespace ContractTesting.Tests.Support;

/// <summary>Assertions on <see cref="MatchResult"/>s that print every mismatch when they fail.</summary>
internal static class MatchAssert
{
    public static void Matched(MatchResult result) => Assert.True(result.Matched, result.ToString());

    /// <summary>Asserts exactly one mismatch, in the part and at the location, whose message holds every word.</summary>
    public static Mismatch Single(MatchResult result, MismatchPart part, string location, params string[] words)
    {
        Assert.True(result.Mismatches.Count == 1, $"Expected exactly one mismatch; {result}");
        var mismatch = result.Mismatches[0];
        Assert.Equal(part, mismatch.Part);
        Assert.Equal(location, mismatch.Location);
        foreach (var word in words)
        {
            Assert.Contains(word, mismatch.Message, StringComparison.Ordinal);
        }

        return mismatch;
    }

    /// <summary>Asserts a mismatch (among others) in the part and at the location whose message holds every word.</summary>
    public static Mismatch Includes(MatchResult result, MismatchPart part, string location, params string[] words)
    {
        var found = result.Mismatches.FirstOrDefault(m =>
            m.Part == part && m.Location == location && words.All(w => m.Message.Contains(w, StringComparison.Ordinal)));
        Assert.True(found is not null, $"Expected a {part} mismatch at '{location}' mentioning [{string.Join(" | ", words)}]; {result}");
        return found;
    }
}
