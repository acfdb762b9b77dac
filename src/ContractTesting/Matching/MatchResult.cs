using System.Text;

namespace ContractTesting.Matching;

/// <summary>The outcome of comparing an actual request, response or message with the expected one.</summary>
public sealed class MatchResult
{
    /// <summary>Creates a result from mismatches (none means a match); repeated identical mismatches are kept once.</summary>
    public MatchResult(IEnumerable<Mismatch> mismatches)
    {
        ArgumentNullException.ThrowIfNull(mismatches);
        Mismatches = [.. mismatches.Distinct()];
    }

    /// <summary>A result with no mismatches.</summary>
    public static MatchResult Success { get; } = new([]);

    /// <summary>The mismatches, in the order found (method, path, query, headers, body; or status, headers, body).</summary>
    public IReadOnlyList<Mismatch> Mismatches { get; }

    /// <summary>Whether the actual value matched (there are no mismatches).</summary>
    public bool Matched => Mismatches.Count == 0;

    /// <summary>"matched", or one line per mismatch.</summary>
    public override string ToString()
    {
        if (Matched)
        {
            return "matched";
        }

        var text = new StringBuilder();
        text.Append(Mismatches.Count).Append(Mismatches.Count == 1 ? " mismatch:" : " mismatches:");
        foreach (var mismatch in Mismatches)
        {
            text.Append("\n  - ").Append(mismatch);
        }

        return text.ToString();
    }
}
