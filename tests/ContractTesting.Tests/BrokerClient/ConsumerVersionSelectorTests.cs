using ContractTesting.BrokerClient;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Tests.BrokerClient;

public sealed class ConsumerVersionSelectorTests
{
    public static TheoryData<ConsumerVersionSelector, string> Selectors() => new()
    {
        { ConsumerVersionSelector.ForMainBranch(), """{"mainBranch":true}""" },
        { ConsumerVersionSelector.ForBranch("feat/x"), """{"branch":"feat/x"}""" },
        { new ConsumerVersionSelector { Branch = "feat/x", FallbackBranch = "main" }, """{"branch":"feat/x","fallbackBranch":"main"}""" },
        { ConsumerVersionSelector.ForMatchingBranch(), """{"matchingBranch":true}""" },
        { new ConsumerVersionSelector { Tag = "prod", FallbackTag = "dev", Latest = true }, """{"tag":"prod","fallbackTag":"dev","latest":true}""" },
        { new ConsumerVersionSelector { Tag = "prod", Latest = false }, """{"tag":"prod","latest":false}""" },
        { new ConsumerVersionSelector { MainBranch = true, Consumer = "OrderService" }, """{"mainBranch":true,"consumer":"OrderService"}""" },
        { ConsumerVersionSelector.ForDeployed("production"), """{"deployed":true,"environment":"production"}""" },
        { ConsumerVersionSelector.ForReleased(), """{"released":true}""" },
        { ConsumerVersionSelector.ForDeployedOrReleased(), """{"deployedOrReleased":true}""" },
        { new ConsumerVersionSelector { Environment = "test" }, """{"environment":"test"}""" },
    };

    [Theory]
    [MemberData(nameof(Selectors))]
    public void ToJson_Selector_SendsOnlyTheFieldsThatAreSet(ConsumerVersionSelector selector, string expected)
    {
        var json = selector.ToJson();

        Assert.True(JToken.DeepEquals(JToken.Parse(expected), json), $"Expected {expected} but got {json.ToString(Newtonsoft.Json.Formatting.None)}.");
        Assert.Null(selector.Validate(hasProviderBranch: true));
    }

    public static TheoryData<ConsumerVersionSelector, string> InvalidSelectors() => new()
    {
        { new ConsumerVersionSelector(), "it selects nothing" },
        { new ConsumerVersionSelector { Consumer = "OrderService" }, "it selects nothing" },
        { new ConsumerVersionSelector { Branch = " " }, "branch may not be blank" },
        { new ConsumerVersionSelector { MainBranch = true, Deployed = true }, "cannot be combined with deployed" },
        { new ConsumerVersionSelector { Branch = "main", Environment = "prod" }, "cannot be combined with deployed" },
        { new ConsumerVersionSelector { Tag = "prod", Branch = "main" }, "tag and branch fields are exclusive" },
        { new ConsumerVersionSelector { MainBranch = true, Latest = false }, "mainBranch can only be combined with consumer and latest: true" },
        { new ConsumerVersionSelector { Branch = "main", Latest = false }, "branch cannot have latest: false" },
        { new ConsumerVersionSelector { FallbackBranch = "main" }, "fallbackBranch needs branch" },
        { new ConsumerVersionSelector { Tag = "prod", FallbackTag = "dev" }, "fallbackTag needs tag and latest: true" },
        { new ConsumerVersionSelector { Deployed = true, Released = true }, "only one of deployed, released and deployedOrReleased" },
        { ConsumerVersionSelector.ForMatchingBranch(), "matchingBranch needs the provider version's branch" },
    };

    [Theory]
    [MemberData(nameof(InvalidSelectors))]
    public void Validate_AgainstTheBrokersRules_SaysWhatIsWrong(ConsumerVersionSelector selector, string expected)
    {
        var problem = selector.Validate(hasProviderBranch: false);

        Assert.NotNull(problem);
        Assert.Contains(expected, problem, StringComparison.Ordinal);
    }
}
