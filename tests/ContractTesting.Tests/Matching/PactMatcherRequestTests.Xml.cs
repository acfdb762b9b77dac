using ContractTesting.Matching;
using ContractTesting.Models;
using ContractTesting.Tests.Support;

namespace ContractTesting.Tests.Matching;

public sealed partial class PactMatcherRequestTests
{
    private const string UserXml = """<?xml version="1.0" encoding="UTF-8"?><user id="42"><name>Ada</name><email>ada@example.com</email></user>""";

    [Fact]
    public void MatchRequest_SameXmlDifferentlyFormatted_Matches()
    {
        var actual = """
            <user id="42">
              <name>Ada</name>
              <email>ada@example.com</email>
            </user>
            """;

        var result = MatchXml(UserXml, actual);

        MatchAssert.Matched(result);
    }

    [Theory]
    [InlineData("""<u:user xmlns:u="urn:users" id="1"><u:name>Ada</u:name></u:user>""", """<x:user xmlns:x="urn:users" id="1"><x:name>Ada</x:name></x:user>""")]
    [InlineData("""<user xmlns="urn:users" id="1"><name>Ada</name></user>""", """<p:user xmlns:p="urn:users" id="1"><p:name>Ada</p:name></p:user>""")]
    [InlineData("""<user xmlns:a="urn:audit" a:by="ops"><name>Ada</name></user>""", """<user xmlns:z="urn:audit" z:by="ops"><name>Ada</name></user>""")]
    public void MatchRequest_SameNamespacesWithOtherPrefixes_Matches(string expected, string actual)
    {
        var result = MatchXml(expected, actual);

        MatchAssert.Matched(result);
    }

    [Fact]
    public void MatchRequest_OtherNamespace_ReportsTheNamespaces()
    {
        var result = MatchXml("""<user xmlns="urn:users:v1"><name>Ada</name></user>""", """<user xmlns="urn:users:v2"><name>Ada</name></user>""");

        var mismatch = MatchAssert.Single(result, MismatchPart.Body, "$['urn:users:v1:user']");
        Assert.Contains("urn:users:v1", mismatch.Message, StringComparison.Ordinal);
        Assert.Contains("urn:users:v2", mismatch.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MatchRequest_OtherRootElement_ReportsIt()
    {
        var result = MatchXml(UserXml, """<customer id="42"><name>Ada</name><email>ada@example.com</email></customer>""");

        MatchAssert.Single(result, MismatchPart.Body, "$.user", "<customer>", "<user>");
    }

    [Fact]
    public void MatchRequest_OtherText_ReportsTheTextPath()
    {
        var result = MatchXml(UserXml, """<user id="42"><name>Bob</name><email>ada@example.com</email></user>""");

        var mismatch = MatchAssert.Single(result, MismatchPart.Body, "$.user.name['#text']");
        Assert.Equal("Expected 'Bob' to be equal to 'Ada'", mismatch.Message);
    }

    [Fact]
    public void MatchRequest_OtherAttributeValue_ReportsTheAttributePath()
    {
        var result = MatchXml(UserXml, """<user id="7"><name>Ada</name><email>ada@example.com</email></user>""");

        MatchAssert.Single(result, MismatchPart.Body, "$.user['@id']", "Expected '7' to be equal to '42'");
    }

    [Fact]
    public void MatchRequest_UnexpectedAttribute_ReportsTheCounts()
    {
        var result = MatchXml(UserXml, """<user id="42" role="admin"><name>Ada</name><email>ada@example.com</email></user>""");

        MatchAssert.Single(result, MismatchPart.Body, "$.user", "Expected 1 attribute(s) but received 2 attribute(s)");
    }

    [Fact]
    public void MatchRequest_MissingAttribute_ReportsTheAttribute()
    {
        var result = MatchXml(UserXml, """<user><name>Ada</name><email>ada@example.com</email></user>""");

        MatchAssert.Includes(result, MismatchPart.Body, "$.user['@id']", "Expected attribute 'id'='42' but was missing");
    }

    [Fact]
    public void MatchRequest_UnexpectedChild_ReportsIt()
    {
        var result = MatchXml(UserXml, """<user id="42"><name>Ada</name><email>ada@example.com</email><phone>555</phone></user>""");

        MatchAssert.Single(result, MismatchPart.Body, "$.user", "Unexpected child <phone/>");
    }

    [Fact]
    public void MatchRequest_MissingChild_ReportsIt()
    {
        var result = MatchXml(UserXml, """<user id="42"><name>Ada</name></user>""");

        MatchAssert.Single(result, MismatchPart.Body, "$.user", "Expected child <email/> but was missing");
    }

    [Fact]
    public void MatchRequest_FewerRepeatedChildren_ReportsTheMissingOne()
    {
        var result = MatchXml("""<order><item>A1</item><item>B2</item></order>""", """<order><item>A1</item></order>""");

        MatchAssert.Single(result, MismatchPart.Body, "$.order.item", "Expected child <item/> but was missing");
    }

    [Fact]
    public void MatchRequest_MoreRepeatedChildren_ReportsTheUnexpectedOne()
    {
        var result = MatchXml("""<order><item>A1</item></order>""", """<order><item>A1</item><item>B2</item></order>""");

        MatchAssert.Single(result, MismatchPart.Body, "$.order.item", "Unexpected child <item/>");
    }

    [Fact]
    public void MatchRequest_ChildrenWhereNoneExpected_ReportsThem()
    {
        var result = MatchXml("""<order><note/></order>""", """<order><note><line>gift</line></note></order>""");

        MatchAssert.Single(result, MismatchPart.Body, "$.order.note", "Expected no children but received [line]");
    }

    [Fact]
    public void MatchRequest_MalformedXml_ReportsTheParseError()
    {
        var result = MatchXml(UserXml, """<user id="42"><name>Ada</user>""");

        MatchAssert.Single(result, MismatchPart.Body, "$", "Failed to parse the actual body as XML");
    }

    private static MatchResult MatchXml(string expected, string actual) =>
        PactMatcher.MatchRequest(
            new HttpRequest { Method = "POST", Body = BodyOf.Xml(expected) },
            new HttpRequest { Method = "POST", Body = BodyOf.Xml(actual) });
}
