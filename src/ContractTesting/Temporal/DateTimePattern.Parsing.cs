using System.Text;

namespace ContractTesting.Temporal;

internal sealed partial class DateTimePattern
{
    private static List<PatternElement> ParseElements(string pattern)
    {
        var openSections = new Stack<(List<PatternElement> Outer, int Position)>();
        var current = new List<PatternElement>();
        var index = 0;
        while (index < pattern.Length)
        {
            var character = pattern[index];
            if (char.IsAsciiLetter(character))
            {
                index = ParseField(pattern, index, current);
            }
            else if (character == '\'')
            {
                index = ParseQuoted(pattern, index, current);
            }
            else if (character == '[')
            {
                openSections.Push((current, index));
                current = [];
                index++;
            }
            else if (character == ']')
            {
                if (openSections.Count == 0)
                {
                    throw PatternError(pattern, "']' without a matching '['", index);
                }

                var inner = current;
                current = openSections.Pop().Outer;
                current.Add(new OptionalElement(inner));
                index++;
            }
            else if (character is '#' or '{' or '}')
            {
                throw PatternError(pattern, $"reserved character '{character}' (quote it to use it as text)", index);
            }
            else
            {
                AddLiteral(current, character.ToString());
                index++;
            }
        }

        // Java closes optional sections left open at the end of the pattern.
        while (openSections.Count > 0)
        {
            var inner = current;
            current = openSections.Pop().Outer;
            current.Add(new OptionalElement(inner));
        }

        return current;
    }

    private static int ParseField(string pattern, int start, List<PatternElement> elements)
    {
        var letter = pattern[start];
        var end = start;
        while (end < pattern.Length && pattern[end] == letter)
        {
            end++;
        }

        var field = FieldElement.TryCreate(letter, end - start, out var error);
        if (field is null)
        {
            throw PatternError(pattern, error!, start);
        }

        elements.Add(field);
        return end;
    }

    /// <summary>Reads <c>'text'</c>, where a doubled quote inside or outside the text stands for one quote.</summary>
    private static int ParseQuoted(string pattern, int start, List<PatternElement> elements)
    {
        if (start + 1 < pattern.Length && pattern[start + 1] == '\'')
        {
            AddLiteral(elements, "'");
            return start + 2;
        }

        var text = new StringBuilder();
        var index = start + 1;
        while (true)
        {
            if (index >= pattern.Length)
            {
                throw PatternError(pattern, "unterminated quoted text", start);
            }

            if (pattern[index] != '\'')
            {
                text.Append(pattern[index++]);
            }
            else if (index + 1 < pattern.Length && pattern[index + 1] == '\'')
            {
                text.Append('\'');
                index += 2;
            }
            else
            {
                AddLiteral(elements, text.ToString());
                return index + 1;
            }
        }
    }

    private static void AddLiteral(List<PatternElement> elements, string text)
    {
        if (elements.Count > 0 && elements[^1] is LiteralElement previous)
        {
            elements[^1] = new LiteralElement(previous.Text + text);
        }
        else
        {
            elements.Add(new LiteralElement(text));
        }
    }

    private static FormatException PatternError(string pattern, string problem, int index) =>
        new($"Invalid date/time pattern '{pattern}': {problem} at position {index + 1}.");
}
