using ContractTesting.Rules;

namespace ContractTesting.Matching;

/// <summary>Compares binary bodies: equal bytes, or the rules at <c>$</c> (content type by magic bytes, not empty, …).</summary>
internal static class BinaryComparer
{
    public static void Compare(byte[] expected, byte[] actual, string? expectedType, string? actualType, MatchingContext context, List<Mismatch> into)
    {
        if (context.IsDefinedFor(DocPath.Root))
        {
            var failures = MatchingContext.Apply(DocPath.Root, context.Select(DocPath.Root), (rule, cascaded) => rule.MatchBytes(expected, actual, cascaded));
            into.AddRange(failures.Select(f => context.Mismatch(DocPath.Root, Describe(expected, expectedType), Describe(actual, actualType), f)));
        }
        else if (!expected.AsSpan().SequenceEqual(actual))
        {
            into.Add(context.Mismatch(DocPath.Root, Describe(expected, expectedType), Describe(actual, actualType),
                $"Actual body [{Describe(actual, actualType)}] is not equal to the expected body [{Describe(expected, expectedType)}]"));
        }
    }

    private static string Describe(byte[] body, string? type) =>
        $"{type ?? "unknown type"}, {body.Length} bytes, starting with {Convert.ToHexStringLower(body.AsSpan(0, Math.Min(body.Length, 32)))}";
}
