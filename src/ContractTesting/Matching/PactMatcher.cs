using ContractTesting.Models;
using ContractTesting.Rules;

namespace ContractTesting.Matching;

/// <summary>
/// Compares what was received with what a pact expects. Requests must not carry unexpected body keys or query
/// parameters; responses and messages may carry extra keys. Every other difference, and every rule that does not
/// hold, becomes a <see cref="Mismatch"/>.
/// </summary>
public static class PactMatcher
{
    /// <summary>Compares an actual request with the expected one.</summary>
    /// <param name="expected">The request from the pact, with its matching rules.</param>
    /// <param name="actual">The request received.</param>
    /// <param name="specification">The pact's specification version. Defaults to V4.</param>
    public static MatchResult MatchRequest(HttpRequest expected, HttpRequest actual, PactSpecification specification = PactSpecification.V4)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        var rules = expected.MatchingRules;
        var mismatches = new List<Mismatch>();

        if (!string.Equals(expected.Method, actual.Method, StringComparison.OrdinalIgnoreCase))
        {
            mismatches.Add(new Mismatch(MismatchPart.Method, string.Empty, expected.Method, actual.Method,
                $"Expected method {expected.Method.ToUpperInvariant()} but received {actual.Method.ToUpperInvariant()}"));
        }

        var pathContext = Context(rules.Category(MatchingRules.Path), false, MismatchPart.Path, specification);
        ComparePath(expected.Path, actual.Path, pathContext, mismatches);
        ParameterComparer.Compare(expected.Query, actual.Query, Context(rules.Category(MatchingRules.Query), false, MismatchPart.Query, specification), mismatches);
        var headerContext = Context(rules.Category(MatchingRules.Header), false, MismatchPart.Header, specification);
        HeaderComparer.Compare(expected.Headers, actual.Headers, headerContext, mismatches);
        BodyComparer.CompareHttp(expected.Body, expected.ContentType, actual.Body, actual.ContentType,
            Context(rules.Category(MatchingRules.Body), false, MismatchPart.Body, specification), headerContext, mismatches);
        return new MatchResult(mismatches);
    }

    /// <summary>Compares an actual response with the expected one.</summary>
    /// <param name="expected">The response from the pact, with its matching rules.</param>
    /// <param name="actual">The response received.</param>
    /// <param name="specification">The pact's specification version. Defaults to V4.</param>
    public static MatchResult MatchResponse(HttpResponse expected, HttpResponse actual, PactSpecification specification = PactSpecification.V4)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        var rules = expected.MatchingRules;
        var mismatches = new List<Mismatch>();

        CompareStatus(expected.Status, actual.Status, Context(rules.Category(MatchingRules.Status), true, MismatchPart.Status, specification), mismatches);
        var headerContext = Context(rules.Category(MatchingRules.Header), false, MismatchPart.Header, specification);
        HeaderComparer.Compare(expected.Headers, actual.Headers, headerContext, mismatches);
        BodyComparer.CompareHttp(expected.Body, expected.ContentType, actual.Body, actual.ContentType,
            Context(rules.Category(MatchingRules.Body), true, MismatchPart.Body, specification), headerContext, mismatches);
        return new MatchResult(mismatches);
    }

    /// <summary>Compares an actual message (contents and metadata) with the expected one.</summary>
    /// <param name="expected">The message from the pact, with its matching rules.</param>
    /// <param name="actual">The message produced.</param>
    /// <param name="specification">The pact's specification version. Defaults to V4.</param>
    public static MatchResult MatchMessage(MessageContents expected, MessageContents actual, PactSpecification specification = PactSpecification.V4)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        var mismatches = new List<Mismatch>();
        BodyComparer.CompareMessage(expected.Contents, expected.ContentType, actual.Contents, actual.ContentType,
            Context(expected.ContentRules, true, MismatchPart.Body, specification), mismatches);
        MetadataComparer.Compare(expected.Metadata, actual.Metadata,
            Context(expected.MatchingRules.Category(MatchingRules.Metadata), true, MismatchPart.Metadata, specification), mismatches);
        return new MatchResult(mismatches);
    }

    /// <summary>
    /// A quick test that can only fail when <see cref="MatchRequest"/> would report a method or path mismatch: the
    /// methods differ, or the path has no rules and differs. Lets a mock server skip interactions for other routes.
    /// </summary>
    internal static bool MayMatchRoute(HttpRequest expected, HttpRequest actual) =>
        string.Equals(expected.Method, actual.Method, StringComparison.OrdinalIgnoreCase) &&
        (!expected.MatchingRules.Category(MatchingRules.Path).IsEmpty || expected.Path == actual.Path);

    private static MatchingContext Context(MatchingRuleCategory rules, bool allowUnexpectedKeys, MismatchPart part, PactSpecification specification) =>
        new(rules, allowUnexpectedKeys, part, specification);

    private static void ComparePath(string expected, string actual, MatchingContext context, List<Mismatch> into)
    {
        var failures = context.Evaluate(DocPath.Empty, (rule, cascaded) => rule.MatchText(expected, actual, cascaded));
        into.AddRange(failures.Select(f => new Mismatch(MismatchPart.Path, string.Empty, expected, actual, f)));
    }

    private static void CompareStatus(int expected, int actual, MatchingContext context, List<Mismatch> into)
    {
        if (context.IsDefinedFor(DocPath.Empty))
        {
            var failures = MatchingContext.Apply(DocPath.Empty, context.Select(DocPath.Empty), (rule, cascaded) => rule.MatchStatus(expected, actual, cascaded));
            into.AddRange(failures.Select(f => new Mismatch(MismatchPart.Status, string.Empty, $"{expected}", $"{actual}", f)));
        }
        else if (expected != actual)
        {
            into.Add(new Mismatch(MismatchPart.Status, string.Empty, $"{expected}", $"{actual}", $"Expected status {expected} but received {actual}"));
        }
    }
}
