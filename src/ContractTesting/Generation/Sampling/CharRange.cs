namespace ContractTesting.Generation.Sampling;

/// <summary>An inclusive range of UTF-16 code units.</summary>
internal readonly record struct CharRange(char First, char Last)
{
    /// <summary>Printable ASCII: the alphabet negated sets and <c>.</c> draw from first.</summary>
    public static CharRange PrintableAscii { get; } = new(' ', '~');

    public static CharRange All { get; } = new(char.MinValue, char.MaxValue);

    public static CharRange Single(char value) => new(value, value);

    public bool Contains(char value) => value >= First && value <= Last;
}
