using System.Xml;
using System.Xml.Linq;
using ContractTesting.Bodies;
using ContractTesting.Rules;

namespace ContractTesting.Matching;

/// <summary>
/// Compares XML bodies element by element. Paths name elements (<c>$.animals.alligator</c>), attributes
/// (<c>$.animals.alligator['@name']</c>) and text (<c>$.animals.alligator['#text']</c>). Elements and attributes
/// compare by namespace URI and local name, so prefixes may differ.
/// </summary>
internal static class XmlComparer
{
    public static void Compare(byte[] expectedBody, byte[] actualBody, MatchingContext context, List<Mismatch> into)
    {
        var expected = TryParse(expectedBody, "expected", context, into);
        var actual = TryParse(actualBody, "actual", context, into);
        if (expected?.Root is null || actual?.Root is null)
        {
            return;
        }

        // XML paths carry no indices (repeated children share a path), so an index wildcard in a rule path is ignored.
        var xmlContext = context.WithRules(context.Rules.WithoutIndexWildcards());
        CompareElement(DocPath.Root.Join(NameOf(expected.Root.Name)), expected.Root, actual.Root, xmlContext, into);
    }

    private static XDocument? TryParse(byte[] body, string which, MatchingContext context, List<Mismatch> into)
    {
        try
        {
            using var stream = new MemoryStream(body);
            using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null });
            return XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            into.Add(context.Mismatch(DocPath.Root, null, null, $"Failed to parse the {which} body as XML: {e.Message}"));
            return null;
        }
    }

    private static string NameOf(XName name) => XmlNames.PathName(name);

    private static void CompareElement(DocPath path, XElement expected, XElement actual, MatchingContext context, List<Mismatch> into)
    {
        var failures = context.Evaluate(path, (rule, cascaded) => rule.MatchElement(expected, actual, cascaded));
        if (failures.Count > 0)
        {
            into.AddRange(failures.Select(f => context.Mismatch(path, NameOf(expected.Name), NameOf(actual.Name), f)));
            return;
        }

        CompareAttributes(path, expected, actual, context, into);
        CompareChildren(path, expected, actual, context, into);
        CompareText(path, expected, actual, context, into);
    }

    private static void CompareAttributes(DocPath path, XElement expected, XElement actual, MatchingContext context, List<Mismatch> into)
    {
        var expectedAttributes = Attributes(expected);
        var actualAttributes = Attributes(actual);
        var expectedText = Describe(expectedAttributes);
        var actualText = Describe(actualAttributes);
        if (expectedAttributes.Count == 0 && actualAttributes.Count > 0 && !context.AllowUnexpectedKeys)
        {
            into.Add(context.Mismatch(path, expectedText, actualText, $"Did not expect any attributes but received {actualText}"));
            return;
        }

        if (context.AllowUnexpectedKeys && expectedAttributes.Count > actualAttributes.Count)
        {
            into.Add(context.Mismatch(path, expectedText, actualText,
                $"Expected at least {expectedAttributes.Count} attribute(s) but received {actualAttributes.Count} attribute(s)"));
        }
        else if (!context.AllowUnexpectedKeys && expectedAttributes.Count != actualAttributes.Count)
        {
            into.Add(context.Mismatch(path, expectedText, actualText,
                $"Expected {expectedAttributes.Count} attribute(s) but received {actualAttributes.Count} attribute(s)"));
        }

        foreach (var (name, value) in expectedAttributes)
        {
            var attributePath = path.Join("@" + name);
            if (actualAttributes.TryGetValue(name, out var actualValue))
            {
                CompareText(attributePath, value, actualValue, context, into);
            }
            else
            {
                into.Add(context.Mismatch(attributePath, value, null, $"Expected attribute '{name}'='{value}' but was missing"));
            }
        }
    }

    private static SortedDictionary<string, string> Attributes(XElement element) =>
        new(element.Attributes().Where(a => !a.IsNamespaceDeclaration).ToDictionary(a => NameOf(a.Name), a => a.Value), StringComparer.Ordinal);

    private static string Describe(SortedDictionary<string, string> attributes) =>
        "{" + string.Join(", ", attributes.Select(a => $"{a.Key}='{a.Value}'")) + "}";

    private static void CompareChildren(DocPath path, XElement expected, XElement actual, MatchingContext context, List<Mismatch> into)
    {
        var expectedChildren = expected.Elements().ToList();
        var actualChildren = actual.Elements().ToList();
        var expectedNames = string.Join(", ", expectedChildren.Select(c => NameOf(c.Name)));
        var actualNames = string.Join(", ", actualChildren.Select(c => NameOf(c.Name)));
        if (expectedChildren.Count == 0 && actualChildren.Count > 0 && !context.AllowUnexpectedKeys)
        {
            into.Add(context.Mismatch(path, expectedNames, actualNames, $"Expected no children but received [{actualNames}]"));
            return;
        }

        var expectedByName = expectedChildren.GroupBy(c => NameOf(c.Name)).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        foreach (var group in actualChildren.GroupBy(c => NameOf(c.Name)))
        {
            var childPath = path.Join(group.Key);
            if (!expectedByName.Remove(group.Key, out var expectedGroup))
            {
                if (!context.AllowUnexpectedKeys || context.TypeRuleDefinedFor(childPath))
                {
                    into.Add(context.Mismatch(path, expectedNames, actualNames, $"Unexpected child <{group.Key}/>"));
                }

                continue;
            }

            if (context.TypeRuleDefinedFor(childPath))
            {
                foreach (var child in group)
                {
                    CompareElement(childPath, expectedGroup[0], child, context, into);
                }

                continue;
            }

            var actualGroup = group.ToList();
            for (var i = 0; i < Math.Max(expectedGroup.Count, actualGroup.Count); i++)
            {
                if (i >= expectedGroup.Count)
                {
                    if (!context.AllowUnexpectedKeys)
                    {
                        into.Add(context.Mismatch(childPath, expectedNames, actualNames, $"Unexpected child <{group.Key}/>"));
                    }
                }
                else if (i >= actualGroup.Count)
                {
                    into.Add(context.Mismatch(childPath, expectedNames, actualNames, $"Expected child <{group.Key}/> but was missing"));
                }
                else
                {
                    CompareElement(childPath, expectedGroup[i], actualGroup[i], context, into);
                }
            }
        }

        foreach (var missing in expectedByName.Keys)
        {
            into.Add(context.Mismatch(path, expectedNames, actualNames, $"Expected child <{missing}/> but was missing"));
        }
    }

    private static void CompareText(DocPath path, XElement expected, XElement actual, MatchingContext context, List<Mismatch> into) =>
        CompareText(path.Join("#text"), TextOf(expected), TextOf(actual), context, into);

    private static string TextOf(XElement element) => MatchingRule.TextOf(element);

    private static void CompareText(DocPath path, string expected, string actual, MatchingContext context, List<Mismatch> into)
    {
        var failures = context.Evaluate(path, (rule, cascaded) => rule.MatchText(expected, actual, cascaded));
        into.AddRange(failures.Select(f => context.Mismatch(path, expected, actual, f)));
    }
}
