using ContractTesting.Matching;
using ContractTesting.Rules;
using ContractTesting.Tests.Support;

namespace ContractTesting.Tests.Rules;

public sealed class EachValueRuleTests
{
    [Fact]
    public void Match_MapValuesAllPassing_MatchesWhateverTheKeys()
    {
        var result = Exchange.RequestBody(
            """{"prices": {"EUR": 9.99}}""",
            """{"prices": {"GBP": 8.5, "USD": 11}}""",
            ("$.prices", new EachValueRule([new NumberRule()])));

        MatchAssert.Matched(result);
    }

    [Fact]
    public void Match_MapValueFailing_ReportsItAtItsKey()
    {
        var result = Exchange.RequestBody(
            """{"prices": {"EUR": 9.99}}""",
            """{"prices": {"GBP": 8.5, "USD": "ten"}}""",
            ("$.prices", new EachValueRule([new NumberRule()])));

        MatchAssert.Single(result, MismatchPart.Body, "$.prices.USD", "'ten' (String)", "to be a number");
    }

    [Fact]
    public void Match_ListItemsAllPassing_MatchesWhateverTheLength()
    {
        var result = Exchange.ResponseBody(
            """{"tags": ["new"]}""",
            """{"tags": ["sale", "last-chance", "eco"]}""",
            ("$.tags", new EachValueRule([new RegexRule("[a-z-]+")])));

        MatchAssert.Matched(result);
    }

    [Fact]
    public void Match_ListItemFailing_ReportsItAtItsIndex()
    {
        var result = Exchange.ResponseBody(
            """{"tags": ["new"]}""",
            """{"tags": ["sale", "On Sale", "eco"]}""",
            ("$.tags", new EachValueRule([new RegexRule("[a-z-]+")])));

        MatchAssert.Single(result, MismatchPart.Body, "$.tags[1]", "'On Sale'");
    }

    [Fact]
    public void Match_TypeRuleForObjectItems_ComparesEachItemWithTheExample()
    {
        var result = Exchange.ResponseBody(
            """{"lines": [{"sku": "A1", "qty": 1}]}""",
            """{"lines": [{"sku": "B2", "qty": 4}, {"sku": 7, "qty": 2}]}""",
            ("$.lines", new EachValueRule([new TypeRule()])));

        MatchAssert.Single(result, MismatchPart.Body, "$.lines[1].sku", "7 (Integer)", "'A1' (String)");
    }

    [Fact]
    public void Match_SeveralRules_EachValueMustPassAll()
    {
        var result = Exchange.ResponseBody(
            """{"codes": ["AB12"]}""",
            """{"codes": ["CD34", "EF5"]}""",
            ("$.codes", new EachValueRule([new RegexRule("[A-Z0-9]+"), new RegexRule(".{4}")])));

        MatchAssert.Single(result, MismatchPart.Body, "$.codes[1]", "'EF5'", "'.{4}'");
    }
}
