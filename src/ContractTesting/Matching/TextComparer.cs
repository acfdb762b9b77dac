using ContractTesting.Bodies;
using ContractTesting.Models;
using ContractTesting.Rules;

namespace ContractTesting.Matching;

/// <summary>Compares plain-text bodies (decoded with their charset): equal text, or the rules at <c>$</c>.</summary>
internal static class TextComparer
{
    public static void Compare(byte[] expected, ContentType? expectedType, byte[] actual, ContentType? actualType, MatchingContext context, List<Mismatch> into)
    {
        var e = TextEncodings.Decode(expected, expectedType);
        var a = TextEncodings.Decode(actual, actualType ?? expectedType);
        if (context.IsDefinedFor(DocPath.Root))
        {
            if (!TextEncodings.TryDecode(actual, actualType ?? expectedType, out _))
            {
                into.Add(context.Mismatch(DocPath.Root, e, a, $"Could not read the actual body as {TextEncodings.NameOf(actualType ?? expectedType)} text"));
                return;
            }

            var failures = MatchingContext.Apply(DocPath.Root, context.Select(DocPath.Root), (rule, cascaded) => rule.MatchText(e, a, cascaded));
            into.AddRange(failures.Select(f => context.Mismatch(DocPath.Root, e, a, f)));
        }
        else if (e != a)
        {
            into.Add(context.Mismatch(DocPath.Root, e, a, $"Expected body '{e}' to match '{a}' using equality but did not match"));
        }
    }
}
