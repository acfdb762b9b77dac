using System.Text;

namespace ContractTesting.Temporal;

/// <summary>A <c>[...]</c> section: matched when present, skipped otherwise, and always printed.</summary>
internal sealed class OptionalElement(IReadOnlyList<PatternElement> elements) : PatternElement
{
    private readonly IReadOnlyList<PatternElement> _elements = elements;

    internal override void Format(StringBuilder builder, DateTimeOffset value) =>
        FormatSequence(_elements, builder, value);

    internal override bool Match(string input, int position, ParsedValues values, Func<int, bool> next) =>
        MatchSequence(_elements, 0, input, position, values, next) || next(position);
}
