using ContractTesting.Mocking;
using ContractTesting.Models;
using ContractTesting.Rules;
using ContractTesting.Tests.Support;

namespace ContractTesting.Tests.Mocking;

public sealed class RouteIndexTests
{
    [Fact]
    public void Candidates_LiteralPath_ReturnsOnlyInteractionsForThatMethodAndPath()
    {
        var index = new RouteIndex([.. Enumerable.Range(0, 100).Select(i => Interaction("GET", $"/users/{i}")), Interaction("POST", "/users/7")]);

        var candidates = index.Candidates(new HttpRequest { Method = "GET", Path = "/users/7" });

        Assert.Equal([7], candidates);
    }

    [Fact]
    public void Candidates_MethodInOtherCase_FindsInteraction()
    {
        var index = new RouteIndex([Interaction("get", "/users/1")]);

        var candidates = index.Candidates(new HttpRequest { Method = "GET", Path = "/users/1" });

        Assert.Equal([0], candidates);
    }

    [Fact]
    public void Candidates_PathOnlyDiffersInCase_FindsNothing()
    {
        var index = new RouteIndex([Interaction("GET", "/Users/1")]);

        var candidates = index.Candidates(new HttpRequest { Method = "GET", Path = "/users/1" });

        Assert.Empty(candidates);
    }

    [Fact]
    public void Candidates_PathRulesAndLiteralPaths_ReturnsBothInPactOrder()
    {
        var patterned = Interaction("GET", "/users/1") with
        {
            Request = new HttpRequest { Method = "GET", Path = "/users/1", MatchingRules = RuleSet.Of(MatchingRules.Path, (string.Empty, new RegexRule(@"/users/\d+"))) },
        };
        var index = new RouteIndex([Interaction("GET", "/users/2"), patterned, Interaction("GET", "/users/2"), Interaction("DELETE", "/users/2")]);

        var candidates = index.Candidates(new HttpRequest { Method = "GET", Path = "/users/2" });

        Assert.Equal([0, 1, 2], candidates);
    }

    [Fact]
    public void Candidates_PathRulesForOtherMethod_AreLeftOut()
    {
        var patterned = new HttpInteraction
        {
            Description = "a deletion",
            Request = new HttpRequest { Method = "DELETE", Path = "/users/1", MatchingRules = RuleSet.Of(MatchingRules.Path, (string.Empty, new RegexRule(@"/users/\d+"))) },
        };
        var index = new RouteIndex([patterned]);

        var candidates = index.Candidates(new HttpRequest { Method = "GET", Path = "/users/1" });

        Assert.Empty(candidates);
    }

    private static HttpInteraction Interaction(string method, string path) => new()
    {
        Description = $"{method} {path}",
        Request = new HttpRequest { Method = method, Path = path },
    };
}
