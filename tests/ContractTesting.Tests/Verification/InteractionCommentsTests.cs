using ContractTesting.Models;
using ContractTesting.Verification;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Tests.Verification;

public sealed class InteractionCommentsTests
{
    [Fact]
    public void Lines_TestNameTextsAndReferences_PrintsEachUnderItsHeading()
    {
        var interaction = With(new Dictionary<string, JToken>
        {
            ["testname"] = "OrderTests.Places_an_order",
            ["text"] = new JArray("first comment", "second comment"),
            ["references"] = JObject.Parse("""{"Jira": {"ticket": "SHOP-7"}}"""),
        });

        var lines = InteractionComments.Lines(interaction);

        Assert.Equal(
            ["Test Name: OrderTests.Places_an_order", "Comments:", "  first comment", "  second comment", "References:", "  Jira:", "    ticket: SHOP-7"],
            lines);
    }

    [Fact]
    public void Lines_SingleTextComment_PrintsIt()
    {
        var lines = InteractionComments.Lines(With(new Dictionary<string, JToken> { ["text"] = "only one" }));

        Assert.Equal(["Comments:", "  only one"], lines);
    }

    [Fact]
    public void Lines_NoComments_PrintsNothing()
    {
        var lines = InteractionComments.Lines(With(new Dictionary<string, JToken> { ["text"] = new JArray() }));

        Assert.Empty(lines);
    }

    private static HttpInteraction With(Dictionary<string, JToken> comments) => new() { Description = "d", Comments = comments };
}
