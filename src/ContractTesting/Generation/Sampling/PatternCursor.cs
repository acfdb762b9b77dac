using System.Globalization;

namespace ContractTesting.Generation.Sampling;

/// <summary>
/// Reading position inside a pattern, plus the two kinds of failure the parser reports.
/// </summary>
internal sealed class PatternCursor(string pattern)
{
    public string Pattern { get; } = pattern;

    public int Position { get; set; }

    public bool AtEnd => Position >= Pattern.Length;

    public int Remaining => Pattern.Length - Position;

    public char Current => Pattern[Position];

    public char Next() => Pattern[Position++];

    public bool Peek(char expected) => Position < Pattern.Length && Pattern[Position] == expected;

    public bool PeekAt(int offset, char expected)
    {
        var index = Position + offset;
        return index < Pattern.Length && Pattern[index] == expected;
    }

    public bool TryConsume(char expected)
    {
        if (!Peek(expected))
        {
            return false;
        }

        Position++;
        return true;
    }

    public ArgumentException Invalid(string reason) => Invalid(reason, Position);

    public ArgumentException Invalid(string reason, int position) =>
        new(string.Create(
            CultureInfo.InvariantCulture,
            $"Invalid regular expression '{Pattern}' at position {position}: {reason}"));

    public NotSupportedException Unsupported(string construct, int position) =>
        new(string.Create(
            CultureInfo.InvariantCulture,
            $"Cannot generate a string for regular expression '{Pattern}': {construct} at position {position} is not supported."));
}
