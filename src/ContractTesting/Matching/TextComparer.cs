using System.Text;
using ContractTesting.Rules;

namespace ContractTesting.Matching;

/// <summary>Compares plain-text bodies: equal text, or the rules at <c>$</c>.</summary>
internal static class TextComparer
{
    public static void Compare(byte[] expected, byte[] actual, MatchingContext context, List<Mismatch> into)
    {
        var e = Encoding.UTF8.GetString(expected);
        var a = Encoding.UTF8.GetString(actual);
        if (context.IsDefinedFor(DocPath.Root))
        {
            if (!Utf8Text.TryDecode(actual, out _))
            {
                into.Add(context.Mismatch(DocPath.Root, e, a, "Could not read the actual body as UTF-8 text"));
                return;
            }

            var failures = MatchingContext.Apply(DocPath.Root, context.Select(DocPath.Root), (rule, cascaded) => rule.MatchText(e, a, cascaded));
            into.AddRange(failures.Select(f => context.Mismatch(DocPath.Root, e, a, f)));
        }
        else if (!expected.AsSpan().SequenceEqual(actual))
        {
            into.Add(context.Mismatch(DocPath.Root, e, a, $"Expected body '{e}' to match '{a}' using equality but did not match"));
        }
    }
}
