using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace ContractTesting.Rules;

/// <summary>Compiled whole-value regular expressions, shared across matches.</summary>
internal static class RegexCache
{
    // A bound on matching time keeps a pathological pattern in a pact from hanging a mock server.
    internal static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);
    private static readonly ConcurrentDictionary<string, (Regex? Regex, string? Error)> Cache = new(StringComparer.Ordinal);

    /// <summary>The regex anchored to the whole value, or the reason the pattern is invalid.</summary>
    public static bool TryGet(string pattern, [NotNullWhen(true)] out Regex? regex, [NotNullWhen(false)] out string? error)
    {
        var entry = Cache.GetOrAdd(pattern, static p =>
        {
            try
            {
                return (new Regex($"^(?:{RegexQuoting.ToDotNet(p)})\\z", RegexOptions.CultureInvariant, Timeout), null);
            }
            catch (ArgumentException e)
            {
                return (null, $"'{p}' is not a valid regular expression - {e.Message}");
            }
        });
        regex = entry.Regex;
        error = entry.Error;
        return regex is not null;
    }
}
