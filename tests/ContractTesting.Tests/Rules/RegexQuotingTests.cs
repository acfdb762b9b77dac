using ContractTesting.Generation;
using ContractTesting.Rules;
using ContractTesting.Tests.Support;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Tests.Rules;

public sealed class RegexQuotingTests
{
    [Theory]
    [InlineData(@"\Qa.b\E", @"a\.b")]
    [InlineData(@"x\Q{provider}\Ey", @"x\{provider}y")]
    [InlineData(@"\Q(open", @"\(open")]
    [InlineData(@"\\Q", @"\\Q")]
    [InlineData(@"\d+\Q.\E\d+", @"\d+\.\d+")]
    [InlineData(@"plain.*", @"plain.*")]
    public void ToDotNet_JavaQuoting_BecomesEscapedText(string java, string expected)
    {
        var pattern = RegexQuoting.ToDotNet(java);

        Assert.Equal(expected, pattern);
    }

    [Fact]
    public void Match_RegexRuleWithJavaQuoting_MatchesTheQuotedTextLiterally()
    {
        var rule = new RegexRule(@".*\/\Qpacts\E\/\Q{provider}\E");

        var literal = Exchange.ResponseBody("""{"href": "x"}""", """{"href": "http://b/pacts/{provider}"}""", ("$.href", rule));
        var other = Exchange.ResponseBody("""{"href": "x"}""", """{"href": "http://b/pacts/p"}""", ("$.href", rule));

        MatchAssert.Matched(literal);
        Assert.False(other.Matched);
    }

    [Fact]
    public void Generate_MockServerUrlWithJavaQuoting_KeepsTheQuotedPath()
    {
        // As in the compatibility suite's broker fixtures, which Pact-JVM wrote.
        var generator = new MockServerUrlGenerator(
            "http://localhost:9876/pacts/provider/{provider}/for-verification",
            @".*(\/\Qpacts\E\/\Qprovider\E\/\Q{provider}\E\/\Qfor-verification\E)$");

        var value = generator.Generate(new JValue("x"), GeneratorContexts.Consumer() with { MockServerUrl = new Uri("http://127.0.0.1:5000/") });

        Assert.Equal("http://127.0.0.1:5000/pacts/provider/{provider}/for-verification", value.Value<string>());
    }
}
