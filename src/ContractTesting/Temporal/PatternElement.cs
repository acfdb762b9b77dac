using System.Text;

namespace ContractTesting.Temporal;

/// <summary>One piece of a parsed pattern: a literal, a field, or an optional section.</summary>
internal abstract class PatternElement
{
    internal abstract void Format(StringBuilder builder, DateTimeOffset value);

    /// <summary>
    /// Tries every way this element can consume input at <paramref name="position"/>, handing each end position to
    /// <paramref name="next"/>; continuation passing gives the matcher backtracking without a separate engine.
    /// </summary>
    internal abstract bool Match(string input, int position, ParsedValues values, Func<int, bool> next);

    internal static bool MatchSequence(
        IReadOnlyList<PatternElement> elements,
        int index,
        string input,
        int position,
        ParsedValues values,
        Func<int, bool> done)
    {
        if (index == elements.Count)
        {
            return done(position);
        }

        return elements[index].Match(
            input,
            position,
            values,
            end => MatchSequence(elements, index + 1, input, end, values, done));
    }

    internal static void FormatSequence(IReadOnlyList<PatternElement> elements, StringBuilder builder, DateTimeOffset value)
    {
        foreach (var element in elements)
        {
            element.Format(builder, value);
        }
    }
}
