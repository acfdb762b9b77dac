using ContractTesting.Matching;
using ContractTesting.Rules;
using ContractTesting.Tests.Support;

namespace ContractTesting.Tests.Rules;

public sealed class SemverRuleTests
{
    [Theory]
    [InlineData("1.0.0")]
    [InlineData("0.0.1")]
    [InlineData("10.20.30")]
    [InlineData("2.1.3-beta.1")]
    [InlineData("2.1.3-beta.1+build.5")]
    [InlineData("1.0.0+20130313144700")]
    [InlineData("1.0.0-0.3.7")]
    public void Match_SemanticVersion_Matches(string version)
    {
        var result = Exchange.ResponseBody("""{"version": "1.0.0"}""", $$"""{"version": "{{version}}"}""", ("$.version", new SemverRule()));

        MatchAssert.Matched(result);
    }

    [Theory]
    [InlineData("1.0")]
    [InlineData("v1.0.0")]
    [InlineData("01.0.0")]
    [InlineData("1.0.0-")]
    [InlineData("1.0.0-01")]
    [InlineData("1.0.0.0")]
    [InlineData("1.0.0 ")]
    public void Match_NotASemanticVersion_ReportsMismatch(string version)
    {
        var result = Exchange.ResponseBody("""{"version": "1.0.0"}""", $$"""{"version": "{{version}}"}""", ("$.version", new SemverRule()));

        var mismatch = MatchAssert.Single(result, MismatchPart.Body, "$.version");
        Assert.Equal($"'{version}' is not a valid semantic version", mismatch.Message);
    }

    [Fact]
    public void Match_JsonNumber_ReportsMismatch()
    {
        var result = Exchange.ResponseBody("""{"version": "1.0.0"}""", """{"version": 1.0}""", ("$.version", new SemverRule()));

        MatchAssert.Single(result, MismatchPart.Body, "$.version", "semantic version", "1.0 (Decimal)");
    }

    [Theory]
    [InlineData("3.4.5", true)]
    [InlineData("3.4", false)]
    public void Match_Header_ChecksTheVersion(string version, bool matches)
    {
        var result = Exchange.Header("Api-Version", "1.0.0", version, ("Api-Version", new SemverRule()));

        Assert.Equal(matches, result.Matched);
    }
}
