using System.Text;

namespace ContractTesting.Temporal;

/// <summary>Text that must appear verbatim, from quoted sections or non-letter characters.</summary>
internal sealed class LiteralElement(string text) : PatternElement
{
    internal string Text { get; } = text;

    internal override void Format(StringBuilder builder, DateTimeOffset value) => builder.Append(Text);

    internal override bool Match(string input, int position, ParsedValues values, Func<int, bool> next) =>
        position + Text.Length <= input.Length
        && string.CompareOrdinal(input, position, Text, 0, Text.Length) == 0
        && next(position + Text.Length);
}
