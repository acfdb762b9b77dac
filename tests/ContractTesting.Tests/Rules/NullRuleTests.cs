using ContractTesting.Matching;
using ContractTesting.Rules;
using ContractTesting.Tests.Support;

namespace ContractTesting.Tests.Rules;

public sealed class NullRuleTests
{
    [Fact]
    public void Match_JsonNull_Matches()
    {
        var result = Exchange.ResponseBody("""{"deletedAt": null}""", """{"deletedAt": null}""", ("$.deletedAt", new NullRule()));

        MatchAssert.Matched(result);
    }

    [Theory]
    [InlineData("\"null\"", "'null' (String)")]
    [InlineData("0", "0 (Integer)")]
    [InlineData("\"\"", "'' (String)")]
    [InlineData("false", "false (Boolean)")]
    [InlineData("{}", "{} (Object)")]
    [InlineData("[]", "[] (Array)")]
    public void Match_AnythingButNull_ReportsMismatch(string deletedAt, string shown)
    {
        var result = Exchange.ResponseBody("""{"deletedAt": null}""", $$"""{"deletedAt": {{deletedAt}}}""", ("$.deletedAt", new NullRule()));

        MatchAssert.Single(result, MismatchPart.Body, "$.deletedAt", shown, "to be a null value");
    }

    [Fact]
    public void Match_KeyMissingInResponse_ReportsMissingKeyNotNull()
    {
        var result = Exchange.ResponseBody("""{"id": 1, "deletedAt": null}""", """{"id": 1}""", ("$.deletedAt", new NullRule()));

        MatchAssert.Single(result, MismatchPart.Body, "$", "missing the following keys: deletedAt");
    }

    [Fact]
    public void Match_Header_CannotBeNull()
    {
        var result = Exchange.Header("X-Deleted", "x", "x", ("X-Deleted", new NullRule()));

        MatchAssert.Single(result, MismatchPart.Header, "X-Deleted", "Unable to match 'x' using the 'null' rule");
    }
}
