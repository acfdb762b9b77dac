using System.Globalization;
using ContractTesting.Bodies;
using ContractTesting.Models;
using ContractTesting.Rules;

namespace ContractTesting.Matching;

/// <summary>
/// Compares MIME multipart bodies part by part: parts pair up by name (or by position when unnamed) and each part's
/// content is compared according to its own content type. Rules for a part use <c>$.partName</c> as their root.
/// </summary>
internal static class MultipartComparer
{
    public static void Compare(byte[] expected, ContentType expectedType, byte[] actual, ContentType? actualType, MatchingContext context, List<Mismatch> into)
    {
        var expectedParts = TryParse(expected, expectedType, "expected", context, into);
        var actualParts = TryParse(actual, actualType ?? expectedType, "actual", context, into);
        if (expectedParts is null || actualParts is null)
        {
            return;
        }

        for (var index = 0; index < expectedParts.Parts.Count; index++)
        {
            var part = expectedParts.Parts[index];
            var name = part.Name ?? index.ToString(CultureInfo.InvariantCulture);

            // Parts pair by name, the n-th part of a name with the n-th actual part of that name; unnamed parts by position.
            var occurrence = expectedParts.Parts.Take(index).Count(p => p.Name == part.Name && p.Name is not null);
            var match = part.Name is null
                ? (index < actualParts.Parts.Count ? actualParts.Parts[index] : null)
                : actualParts.Parts.Where(p => p.Name == part.Name).ElementAtOrDefault(occurrence);
            if (match is null)
            {
                into.Add(context.Mismatch(DocPath.Root, name, null, $"Expected a MIME part '{name}' but was missing"));
                continue;
            }

            ComparePart(name, part, match, context, into);
        }
    }

    private static MultipartBody? TryParse(byte[] body, ContentType type, string which, MatchingContext context, List<Mismatch> into)
    {
        try
        {
            return MultipartParser.Parse(body, type.ToString());
        }
        catch (FormatException e)
        {
            into.Add(context.Mismatch(DocPath.Root, null, null, $"Failed to parse the {which} body as a MIME multipart body: {e.Message}"));
            return null;
        }
    }

    private static void ComparePart(string name, MultipartPart expected, MultipartPart actual, MatchingContext context, List<Mismatch> into)
    {
        var partPath = DocPath.Root.Join(name);
        var expectedType = PartType(expected);
        var actualType = PartType(actual);
        if (!expectedType.IsEquivalentTo(actualType) && !expectedType.IsEquivalentTo(actualType.BaseType))
        {
            into.Add(context.Mismatch(partPath, expectedType.ToString(), actualType.ToString(),
                $"MIME part '{name}': Expected a body of '{expectedType}' but the actual content type was '{actualType}'"));
            return;
        }

        var partRules = new MatchingRuleCategory(context.Rules.Name, context.Rules.Rules
            .Where(r => partPath.Matches(r.Key))
            .Select(r => new KeyValuePair<DocPath, RuleList>(DocPath.FromTokens(r.Key.Tokens.Skip(partPath.Length).Prepend(PathToken.Root)), r.Value)));
        var partMismatches = new List<Mismatch>();
        BodyComparer.CompareBytes(expectedType, Decode(expected), actualType, Decode(actual), context.WithRules(partRules), partMismatches);
        into.AddRange(partMismatches.Select(m => m with
        {
            Location = partPath.Expression + m.Location.TrimStart('$'),
            Message = $"MIME part '{name}': {m.Message}",
        }));
    }

    private static ContentType PartType(MultipartPart part) =>
        ContentType.TryParse(part.ContentType, out var type) ? type : part.FileName is null ? ContentType.Text : ContentType.OctetStream;

    private static byte[] Decode(MultipartPart part)
    {
        var encoding = part.GetHeader("Content-Transfer-Encoding");
        if (!string.Equals(encoding?.Trim(), "base64", StringComparison.OrdinalIgnoreCase))
        {
            return part.Body;
        }

        return Base64Text.TryDecode(System.Text.Encoding.ASCII.GetString(part.Body), out var bytes) ? bytes : part.Body;
    }
}
