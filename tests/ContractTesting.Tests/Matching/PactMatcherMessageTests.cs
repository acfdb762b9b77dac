using ContractTesting.Matching;
using ContractTesting.Models;
using ContractTesting.Rules;
using ContractTesting.Tests.Support;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Tests.Matching;

public sealed class PactMatcherMessageTests
{
    private const string OrderCreated = """{"orderId": "ORD-1001", "total": 25.5, "lines": [{"sku": "A1", "qty": 2}]}""";

    [Fact]
    public void MatchMessage_SameContentsAndMetadata_Matches()
    {
        var message = Message(OrderCreated, ("topic", "orders"));

        var result = PactMatcher.MatchMessage(message, message with { });

        MatchAssert.Matched(result);
    }

    [Fact]
    public void MatchMessage_ExtraKeys_AreAllowed()
    {
        var result = PactMatcher.MatchMessage(
            Message(OrderCreated),
            Message("""{"orderId": "ORD-1001", "total": 25.5, "currency": "EUR", "lines": [{"sku": "A1", "qty": 2, "name": "Apple"}]}"""));

        MatchAssert.Matched(result);
    }

    [Fact]
    public void MatchMessage_MissingKey_ReportsIt()
    {
        var result = PactMatcher.MatchMessage(Message(OrderCreated), Message("""{"orderId": "ORD-1001", "lines": [{"sku": "A1", "qty": 2}]}"""));

        MatchAssert.Single(result, MismatchPart.Body, "$", "missing the following keys: total");
    }

    [Fact]
    public void MatchMessage_OtherValue_ReportsItsPath()
    {
        var result = PactMatcher.MatchMessage(Message(OrderCreated), Message("""{"orderId": "ORD-1001", "total": 25.5, "lines": [{"sku": "A1", "qty": 3}]}"""));

        MatchAssert.Single(result, MismatchPart.Body, "$.lines[0].qty", "Expected 3 (Integer) to be equal to 2 (Integer)");
    }

    [Theory]
    [InlineData(MatchingRules.Content)]
    [InlineData(MatchingRules.Body)]
    public void MatchMessage_ContentRulesInV4OrV3Category_Apply(string category)
    {
        var expected = Message(OrderCreated) with
        {
            MatchingRules = RuleSet.Of(category, ("$.orderId", new RegexRule(@"ORD-\d+")), ("$.lines", new TypeRule(Min: 1))),
        };

        var passing = PactMatcher.MatchMessage(expected, Message("""{"orderId": "ORD-7", "total": 25.5, "lines": [{"sku": "B2", "qty": 9}, {"sku": "C3", "qty": 1}]}"""));
        var failing = PactMatcher.MatchMessage(expected, Message("""{"orderId": "7", "total": 25.5, "lines": [{"sku": "B2", "qty": 9}]}"""));

        MatchAssert.Matched(passing);
        MatchAssert.Single(failing, MismatchPart.Body, "$.orderId", "'7'", @"ORD-\d+");
    }

    [Fact]
    public void MatchMessage_RulesInBothCategories_ContentCategoryWins()
    {
        var expected = Message(OrderCreated) with
        {
            MatchingRules = RuleSet.Of(
                RuleSet.Category(MatchingRules.Content, ("$.orderId", new TypeRule())),
                RuleSet.Category(MatchingRules.Body, ("$.orderId", new RegexRule("never")))),
        };

        var result = PactMatcher.MatchMessage(expected, Message("""{"orderId": "anything", "total": 25.5, "lines": [{"sku": "A1", "qty": 2}]}"""));

        MatchAssert.Matched(result);
    }

    [Fact]
    public void MatchMessage_OtherContentsType_ReportsBothTypes()
    {
        var expected = Message(OrderCreated);
        var actual = expected with { Contents = BodyOf.Text("order created") };

        var result = PactMatcher.MatchMessage(expected, actual);

        var mismatch = MatchAssert.Single(result, MismatchPart.BodyContentType, string.Empty);
        Assert.Equal("Expected message with content type application/json but was text/plain", mismatch.Message);
    }

    [Fact]
    public void MatchMessage_ContentTypeFromMetadata_DecidesHowContentsCompare()
    {
        var expected = new MessageContents { Contents = Body.FromText(OrderCreated), Metadata = Meta(("contentType", "application/json")) };
        var actual = expected with { Contents = Body.FromText("""{"total": 25.5, "lines": [{"qty": 2, "sku": "A1"}], "orderId": "ORD-1001"}""") };

        var result = PactMatcher.MatchMessage(expected, actual);

        MatchAssert.Matched(result);
    }

    [Fact]
    public void MatchMessage_MissingMetadata_ReportsTheKey()
    {
        var result = PactMatcher.MatchMessage(Message(OrderCreated, ("topic", "orders")), Message(OrderCreated, ("partitionKey", "ORD-1001")));

        var mismatch = MatchAssert.Single(result, MismatchPart.Metadata, "topic", "Expected message metadata 'topic' but was missing");
        Assert.Equal("orders", mismatch.Expected);
    }

    [Fact]
    public void MatchMessage_OtherMetadataValue_ReportsBothValues()
    {
        var result = PactMatcher.MatchMessage(Message(OrderCreated, ("topic", "orders")), Message(OrderCreated, ("topic", "payments")));

        MatchAssert.Single(result, MismatchPart.Metadata, "topic", "Expected metadata key 'topic' to have value 'orders' but was 'payments'");
    }

    [Fact]
    public void MatchMessage_ExtraMetadata_IsAllowed()
    {
        var result = PactMatcher.MatchMessage(Message(OrderCreated, ("topic", "orders")), Message(OrderCreated, ("topic", "orders"), ("traceId", Some.String())));

        MatchAssert.Matched(result);
    }

    [Theory]
    [InlineData("application/json", "application/json; charset=utf-8")]
    [InlineData("application/json; charset=utf-8", "application/json;charset=UTF-8")]
    [InlineData("application/json", "application/json")]
    public void MatchMessage_CompatibleContentTypeMetadata_Matches(string expected, string actual)
    {
        var result = PactMatcher.MatchMessage(Message(OrderCreated, ("contentType", expected)), Message(OrderCreated, ("contentType", actual)));

        MatchAssert.Matched(result);
    }

    [Theory]
    [InlineData("application/json", "text/plain")]
    [InlineData("application/json; charset=utf-8", "application/json; charset=iso-8859-1")]
    public void MatchMessage_OtherContentTypeMetadata_ReportsIt(string expected, string actual)
    {
        var result = PactMatcher.MatchMessage(Message(OrderCreated, ("contentType", expected)), Message(OrderCreated, ("contentType", actual)));

        MatchAssert.Single(result, MismatchPart.Metadata, "contentType", $"'{expected}'", $"'{actual}'", "the content types differ");
    }

    [Theory]
    [InlineData("orders.eu-west-1", true)]
    [InlineData("payments.eu-west-1", false)]
    public void MatchMessage_MetadataRule_AppliesToTheKey(string topic, bool matches)
    {
        var expected = Message(OrderCreated, ("topic", "orders.us-east-1")) with
        {
            MatchingRules = RuleSet.Of(MatchingRules.Metadata, ("$.topic", new RegexRule(@"orders\.[a-z0-9-]+"))),
        };

        var result = PactMatcher.MatchMessage(expected, Message(OrderCreated, ("topic", topic)));

        Assert.Equal(matches, result.Matched);
        if (!matches)
        {
            MatchAssert.Single(result, MismatchPart.Metadata, "topic", $"'{topic}'", "to match");
        }
    }

    [Fact]
    public void MatchMessage_NumericMetadataWithRule_ChecksTheJsonValue()
    {
        var expected = new MessageContents
        {
            Contents = BodyOf.Json(OrderCreated),
            Metadata = new Dictionary<string, JToken> { ["partition"] = 3 },
            MatchingRules = RuleSet.Of(MatchingRules.Metadata, ("$.partition", new IntegerRule())),
        };

        var number = PactMatcher.MatchMessage(expected, expected with { Metadata = new Dictionary<string, JToken> { ["partition"] = 11 } });
        var text = PactMatcher.MatchMessage(expected, expected with { Metadata = new Dictionary<string, JToken> { ["partition"] = "11" } });

        MatchAssert.Matched(number);
        MatchAssert.Single(text, MismatchPart.Metadata, "partition", "to be an integer");
    }

    [Fact]
    public void MatchMessage_NumericMetadataWithoutRule_MustBeEqual()
    {
        var expected = new MessageContents { Contents = BodyOf.Json(OrderCreated), Metadata = new Dictionary<string, JToken> { ["partition"] = 3 } };

        var result = PactMatcher.MatchMessage(expected, expected with { Metadata = new Dictionary<string, JToken> { ["partition"] = 4 } });

        MatchAssert.Single(result, MismatchPart.Metadata, "partition", "Expected 4 (Integer) to be equal to 3 (Integer)");
    }

    [Fact]
    public void MatchMessage_NoExpectedContents_AcceptsAnyContents()
    {
        var result = PactMatcher.MatchMessage(new MessageContents(), new MessageContents { Contents = BodyOf.Text("ping") });

        MatchAssert.Matched(result);
    }

    [Fact]
    public void MatchMessage_BinaryContents_CompareByBytes()
    {
        var expected = new MessageContents { Contents = BodyOf.Binary(TestFiles.Fixture("sample.pdf"), "application/pdf") };

        var same = PactMatcher.MatchMessage(expected, expected with { Contents = BodyOf.Binary(TestFiles.Fixture("sample.pdf"), "application/pdf") });
        var other = PactMatcher.MatchMessage(expected, expected with { Contents = BodyOf.Binary([.. TestFiles.Fixture("sample.pdf"), 0x0A], "application/pdf") });

        MatchAssert.Matched(same);
        MatchAssert.Single(other, MismatchPart.Body, "$", "is not equal to the expected body");
    }

    private static MessageContents Message(string json, params (string Key, string Value)[] metadata) =>
        new() { Contents = BodyOf.Json(json), Metadata = Meta(metadata) };

    private static Dictionary<string, JToken> Meta(params (string Key, string Value)[] metadata) =>
        metadata.ToDictionary(m => m.Key, m => (JToken)m.Value, StringComparer.Ordinal);
}
