using System.Globalization;

namespace ContractTesting.Generation.Sampling;

/// <summary>
/// Produces random strings that match a regular expression, for Pact's <c>Regex</c> generator.
/// Matching is defined by .NET's <see cref="System.Text.RegularExpressions.Regex"/>.
/// </summary>
internal static class RegexSampler
{
    /// <summary>
    /// Attempts before giving up on a pattern whose paths keep failing (for instance a backreference
    /// to an optional group that was skipped); a dead end that is merely unlucky clears quickly.
    /// </summary>
    private const int MaxAttempts = 100;

    /// <summary>Generates a string that <paramref name="pattern"/> matches in full.</summary>
    /// <param name="pattern">A .NET regular expression; possessive quantifiers are also accepted.</param>
    /// <param name="random">Source of randomness; the same seed gives the same string.</param>
    /// <exception cref="ArgumentException">The pattern is not a valid regular expression.</exception>
    /// <exception cref="NotSupportedException">
    /// The pattern uses lookarounds, conditionals, balancing groups or an unsupported <c>\p{..}</c>
    /// category, or no string could be produced for it.
    /// </exception>
    public static string Generate(string pattern, Random random)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(random);

        RegexSyntaxValidator.Validate(pattern);
        var root = RegexParser.Parse(pattern);

        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var context = new GenerationContext(random);
            root.Generate(context);
            if (!context.IsDeadEnd)
            {
                return context.ToString();
            }
        }

        throw new NotSupportedException(string.Create(
            CultureInfo.InvariantCulture,
            $"Cannot generate a string for regular expression '{pattern}': none of {MaxAttempts} attempts found a matching path (a backreference to a group that never matches, or a character class that nothing belongs to)."));
    }
}
