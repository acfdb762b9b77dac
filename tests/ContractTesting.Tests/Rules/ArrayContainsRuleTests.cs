using ContractTesting.Matching;
using ContractTesting.Rules;
using ContractTesting.Tests.Support;

namespace ContractTesting.Tests.Rules;

public sealed class ArrayContainsRuleTests
{
    private const string Expected = """
        {"contacts": [
          {"type": "email", "address": "ada@example.com"},
          {"type": "phone", "number": "+44 20 7946 0000"}
        ]}
        """;

    private static readonly ArrayContainsRule Contacts = new(
    [
        new ArrayContainsVariant(0, RuleSet.Category(MatchingRules.Body, ("$.address", new RegexRule(@"[^@\s]+@[^@\s]+"))), []),
        new ArrayContainsVariant(1, RuleSet.Category(MatchingRules.Body, ("$.number", new RegexRule(@"\+[\d ]+"))), []),
    ]);

    [Fact]
    public void Match_EveryVariantPresentInAnyOrderWithExtras_Matches()
    {
        var actual = """
            {"contacts": [
              {"type": "fax", "number": "n/a"},
              {"type": "phone", "number": "+1 555 0100"},
              {"type": "email", "address": "grace@example.org"}
            ]}
            """;

        var result = Exchange.ResponseBody(Expected, actual, ("$.contacts", Contacts));

        MatchAssert.Matched(result);
    }

    [Fact]
    public void Match_VariantMissing_ReportsWhichVariant()
    {
        var actual = """{"contacts": [{"type": "email", "address": "grace@example.org"}, {"type": "phone", "number": "unlisted"}]}""";

        var result = Exchange.ResponseBody(Expected, actual, ("$.contacts", Contacts));

        var mismatch = MatchAssert.Single(result, MismatchPart.Body, "$.contacts", "Variant at index 1", "was not found in the actual list");
        Assert.Contains("+44 20 7946 0000", mismatch.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Match_VariantFieldWithoutRule_MustBeEqual()
    {
        var actual = """{"contacts": [{"type": "EMAIL", "address": "grace@example.org"}, {"type": "phone", "number": "+1 555"}]}""";

        var result = Exchange.ResponseBody(Expected, actual, ("$.contacts", Contacts));

        MatchAssert.Single(result, MismatchPart.Body, "$.contacts", "Variant at index 0");
    }

    [Fact]
    public void Match_EmptyActualList_ReportsEveryVariant()
    {
        var result = Exchange.ResponseBody(Expected, """{"contacts": []}""", ("$.contacts", Contacts));

        Assert.Equal(2, result.Mismatches.Count);
        MatchAssert.Includes(result, MismatchPart.Body, "$.contacts", "Variant at index 0");
        MatchAssert.Includes(result, MismatchPart.Body, "$.contacts", "Variant at index 1");
    }

    [Fact]
    public void Match_NoVariants_EveryExpectedItemMustBeFoundByEquality()
    {
        var rule = new ArrayContainsRule([]);

        var found = Exchange.ResponseBody("""{"roles": ["admin", "dev"]}""", """{"roles": ["ops", "dev", "admin"]}""", ("$.roles", rule));
        var missing = Exchange.ResponseBody("""{"roles": ["admin", "dev"]}""", """{"roles": ["ops", "dev"]}""", ("$.roles", rule));

        MatchAssert.Matched(found);
        MatchAssert.Single(missing, MismatchPart.Body, "$.roles", "Variant at index 0", "\"admin\"");
    }

    [Fact]
    public void Match_VariantIndexOutsideTheExpectedList_ReportsIt()
    {
        var rule = new ArrayContainsRule([new ArrayContainsVariant(5, MatchingRuleCategory.Empty(MatchingRules.Body), [])]);

        var result = Exchange.ResponseBody("""{"roles": ["admin"]}""", """{"roles": ["admin"]}""", ("$.roles", rule));

        MatchAssert.Single(result, MismatchPart.Body, "$.roles", "variant 5", "1 items");
    }
}
