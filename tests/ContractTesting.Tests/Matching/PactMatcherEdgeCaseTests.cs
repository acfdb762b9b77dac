using ContractTesting.Matching;
using ContractTesting.Models;
using ContractTesting.PactFiles;
using ContractTesting.Rules;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Tests.Matching;

/// <summary>Edge cases found in review: charsets, repeated multipart names, invalid JSON from a provider, keys that look like paths, slow regexes.</summary>
public sealed class PactMatcherEdgeCaseTests
{
    [Fact]
    public void MatchResponse_Latin1TextWithRegexRule_DecodesWithTheCharset()
    {
        var type = ContentType.Parse("text/plain; charset=iso-8859-1");
        var body = Body.FromBytes([0x63, 0x61, 0x66, 0xE9], type);
        var expected = new HttpResponse { Body = body, MatchingRules = Rule(MatchingRules.Body, "$", new RegexRule("caf.")) };

        var result = PactMatcher.MatchResponse(expected, new HttpResponse { Body = body });

        Assert.True(result.Matched, result.ToString());
    }

    [Theory]
    [InlineData("{a: 'x'}")]
    [InlineData("{\"a\": \"x\",}")]
    [InlineData("{\"a\": \"x\"} // comment")]
    [InlineData("{\"a\": NaN}")]
    public void MatchResponse_ActualBodyThatIsNotStrictJson_IsAMismatch(string actualBody)
    {
        var expected = new HttpResponse { Body = Body.FromText("{\"a\": \"x\"}", ContentType.Json) };

        var result = PactMatcher.MatchResponse(expected, new HttpResponse { Body = Body.FromText(actualBody, ContentType.Json) });

        var mismatch = Assert.Single(result.Mismatches);
        Assert.Contains("Failed to parse the actual body as JSON", mismatch.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MatchRequest_RepeatedMultipartNames_PairsPartsInOrder()
    {
        var type = ContentType.Parse("multipart/form-data; boundary=b");
        var body = Body.FromText("--b\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\none\r\n--b\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\ntwo\r\n--b--\r\n", type);
        var request = new HttpRequest { Method = "POST", Body = body, Headers = HeaderCollection.From([new("Content-Type", type.ToString())]) };

        var result = PactMatcher.MatchRequest(request, request);

        Assert.True(result.Matched, result.ToString());
    }

    [Fact]
    public void MatchResponse_ObjectKeyNamedStar_IsAnOrdinaryKey()
    {
        var expected = new HttpResponse
        {
            Body = Body.FromJson(JObject.Parse("""{"a": {"*": "y"}}""")),
            MatchingRules = Rule(MatchingRules.Body, "$.a['*']", new RegexRule("y+")),
        };

        var result = PactMatcher.MatchResponse(expected, new HttpResponse { Body = Body.FromJson(JObject.Parse("""{"a": {"*": "yyy"}}""")) });

        Assert.True(result.Matched, result.ToString());
    }

    [Fact]
    public void MatchMessage_MetadataRuleOnKeyWithDots_AppliesToThatKey()
    {
        var pact = PactFile.Parse("""
            {"consumer": {"name": "c"}, "provider": {"name": "p"}, "metadata": {"pactSpecification": {"version": "4.0"}},
             "interactions": [{"type": "Asynchronous/Messages", "description": "d", "contents": {"content": "x", "contentType": "text/plain"},
               "metadata": {"kafka.topic": "orders-1"},
               "matchingRules": {"metadata": {"kafka.topic": {"combine": "AND", "matchers": [{"match": "regex", "regex": "orders-\\d+"}]}}}}]}
            """);
        var expected = ((AsynchronousMessage)pact.Interactions[0]).Contents;

        var result = PactMatcher.MatchMessage(expected, expected with { Metadata = new Dictionary<string, JToken> { ["kafka.topic"] = "orders-2" } });

        Assert.True(result.Matched, result.ToString());
    }

    [Fact]
    public void MatchResponse_CatastrophicRegex_IsReportedNotThrown()
    {
        var expected = new HttpResponse
        {
            Body = Body.FromJson(JObject.Parse("""{"a": "aab"}""")),
            MatchingRules = Rule(MatchingRules.Body, "$.a", new RegexRule("(a+)+b")),
        };
        var actual = new HttpResponse { Body = Body.FromJson(new JObject { ["a"] = new string('a', 40) + "c" }) };

        var result = PactMatcher.MatchResponse(expected, actual);

        Assert.Contains("took longer than", Assert.Single(result.Mismatches).Message, StringComparison.Ordinal);
    }

    private static MatchingRules Rule(string category, string path, MatchingRule rule) =>
        new([new MatchingRuleCategory(category, [new(DocPath.Parse(path), new RuleList(rule))])]);
}
