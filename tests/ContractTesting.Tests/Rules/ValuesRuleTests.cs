using ContractTesting.Matching;
using ContractTesting.Rules;
using ContractTesting.Tests.Support;

namespace ContractTesting.Tests.Rules;

public sealed class ValuesRuleTests
{
    private const string Expected = """{"stock": {"apple": 3}}""";

    private static readonly (string Path, MatchingRule Rule)[] StockRules = [("$.stock", new ValuesRule()), ("$.stock.*", new TypeRule())];

    [Fact]
    public void Match_OtherKeysInARequest_Matches()
    {
        var result = Exchange.RequestBody(Expected, """{"stock": {"pear": 10, "plum": 0}}""", StockRules);

        MatchAssert.Matched(result);
    }

    [Fact]
    public void Match_NoEntries_Matches()
    {
        var result = Exchange.RequestBody(Expected, """{"stock": {}}""", StockRules);

        MatchAssert.Matched(result);
    }

    [Fact]
    public void Match_ValueOfAnotherType_ReportsItAtItsKey()
    {
        var result = Exchange.RequestBody(Expected, """{"stock": {"pear": 10, "plum": "none"}}""", StockRules);

        MatchAssert.Single(result, MismatchPart.Body, "$.stock.plum", "'none' (String)", "3 (Integer)");
    }

    [Fact]
    public void Match_NestedMapValues_ComparedWithTheFirstExpectedEntry()
    {
        var result = Exchange.ResponseBody(
            """{"users": {"ada": {"id": 1, "admin": true}}}""",
            """{"users": {"grace": {"id": 2, "admin": false}, "alan": {"id": "3", "admin": false}}}""",
            ("$.users", new ValuesRule()),
            ("$.users.*", new TypeRule()));

        MatchAssert.Single(result, MismatchPart.Body, "$.users.alan.id", "'3' (String)");
    }

    [Fact]
    public void Match_WithoutTheRule_OtherKeysAreUnexpectedInARequest()
    {
        var result = Exchange.RequestBody(Expected, """{"stock": {"pear": 10}}""", ("$.stock.*", new TypeRule()));

        MatchAssert.Single(result, MismatchPart.Body, "$.stock", "keys [apple]", "keys [pear]");
    }
}
