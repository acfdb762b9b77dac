using ContractTesting.Json;
using ContractTesting.Models;
using ContractTesting.Rules;

namespace ContractTesting.Matching;

/// <summary>
/// Compares bodies: first their presence (missing, null, empty, present), then their content by the expected content
/// type: JSON, XML, multipart, form-urlencoded, binary, or text.
/// </summary>
internal static class BodyComparer
{
    /// <summary>Compares the bodies of HTTP parts, after checking that their content types are compatible.</summary>
    public static void CompareHttp(Body expected, ContentType? expectedType, Body actual, ContentType? actualType, MatchingContext context, MatchingContext headerContext, List<Mismatch> into)
    {
        if (IsUnknown(expectedType) || IsUnknown(actualType) || expectedType!.IsEquivalentTo(actualType!) ||
            expectedType.IsEquivalentTo(actualType!.BaseType) || ContentTypeRuleAccepts(expectedType, actualType, headerContext))
        {
            CompareContent(expectedType, expected, actual, actualType, context, into);
        }
        else if (expected.IsPresent)
        {
            into.Add(new Mismatch(MismatchPart.BodyContentType, string.Empty, expectedType.ToString(), actualType.ToString(),
                $"Expected a body of '{expectedType}' but the actual content type was '{actualType}'"));
        }
    }

    /// <summary>Compares message contents, whose content types must be equivalent.</summary>
    public static void CompareMessage(Body expected, ContentType? expectedType, Body actual, ContentType? actualType, MatchingContext context, List<Mismatch> into)
    {
        var e = expectedType?.ToString() ?? "*/*";
        var a = actualType?.ToString() ?? "*/*";
        if ((expectedType is null && actualType is null) || (expectedType is not null && actualType is not null && expectedType.IsEquivalentTo(actualType)))
        {
            CompareContent(expectedType, expected, actual, actualType, context, into);
        }
        else if (expected.IsPresent)
        {
            into.Add(new Mismatch(MismatchPart.BodyContentType, string.Empty, e, a, $"Expected message with content type {e} but was {a}"));
        }
    }

    private static void CompareContent(ContentType? type, Body expected, Body actual, ContentType? actualType, MatchingContext context, List<Mismatch> into)
    {
        var actualHasContent = actual.IsPresent && actual.Content.Length > 0;
        switch (expected.State)
        {
            case BodyState.Missing:
                return;
            case BodyState.Null or BodyState.Empty:
                if (actualHasContent)
                {
                    into.Add(context.Mismatch(DocPath.Root, null, actual.AsText(), $"Expected an empty body but received {actual}"));
                }

                return;
        }

        if (actual.State is BodyState.Missing or BodyState.Null || (actual.State == BodyState.Empty && expected.Content.Length > 0))
        {
            var how = actual.State == BodyState.Empty ? "empty" : "missing";
            into.Add(context.Mismatch(DocPath.Root, expected.AsText(), null, $"Expected body {expected} but was {how}"));
            return;
        }

        CompareBytes(type, expected.Content.ToArray(), actualType, actual.Content.ToArray(), context, into);
    }

    /// <summary>Compares present contents by the expected content type.</summary>
    public static void CompareBytes(ContentType? type, byte[] expected, ContentType? actualType, byte[] actual, MatchingContext context, List<Mismatch> into)
    {
        if (type is { IsJson: true })
        {
            CompareJson(expected, actual, context, into);
        }
        else if (type is { IsXml: true })
        {
            XmlComparer.Compare(expected, actual, context, into);
        }
        else if (type is { IsMultipart: true })
        {
            MultipartComparer.Compare(expected, type, actual, actualType, context, into);
        }
        else if (type is { IsFormUrlEncoded: true })
        {
            FormComparer.Compare(expected, actual, context, into);
        }
        else if (type is { IsBinary: true } || HasContentTypeRule(context))
        {
            BinaryComparer.Compare(expected, actual, type?.MediaType, actualType?.MediaType, context, into);
        }
        else
        {
            TextComparer.Compare(expected, type, actual, actualType, context, into);
        }
    }

    private static void CompareJson(byte[] expectedBytes, byte[] actualBytes, MatchingContext context, List<Mismatch> into)
    {
        var expected = TryParseJson(expectedBytes, "expected", context, into);
        var actual = TryParseJson(actualBytes, "actual", context, into);
        if (expected is not null && actual is not null)
        {
            JsonComparer.Compare(DocPath.Root, expected, actual, context, into);
        }
    }

    private static Newtonsoft.Json.Linq.JToken? TryParseJson(byte[] body, string which, MatchingContext context, List<Mismatch> into)
    {
        try
        {
            return PactJson.ParseBody(body);
        }
        catch (JsonParseException e)
        {
            into.Add(context.Mismatch(DocPath.Root, null, null, $"Failed to parse the {which} body as JSON: {e.Message}"));
            return null;
        }
    }

    private static bool HasContentTypeRule(MatchingContext context) =>
        context.IsDefinedFor(DocPath.Root) && context.Select(DocPath.Root).List.Rules.Any(r => r is ContentTypeRule);

    private static bool IsUnknown(ContentType? type) => type is null || type.IsWildcard;

    private static bool ContentTypeRuleAccepts(ContentType expected, ContentType actual, MatchingContext headerContext) =>
        headerContext.Rules.WithLowerCaseNames().IsDefinedFor(DocPath.Root.JoinField("content-type")) &&
        HeaderComparer.ValueMatches("Content-Type", expected.ToString(), actual.ToString(), headerContext);
}
