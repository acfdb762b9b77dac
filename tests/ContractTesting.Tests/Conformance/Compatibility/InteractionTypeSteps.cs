using Newtonsoft.Json.Linq;

namespace ContractTesting.Tests.Conformance.Compatibility;

/// <summary>V4/v4.feature's check on a generated pact that mixes kinds of interaction.</summary>
internal static class InteractionTypeSteps
{
    [Step("there will be an interaction in the Pact file with a type of \"(.*)\"")]
    public static void HasType(World world, string type)
    {
        var interactions = world.PactJson?["interactions"] as JArray ?? throw new InvalidOperationException("No pact file has been generated.");

        Assert.True(interactions.Any(i => (string?)i["type"] == type), $"No interaction of type '{type}' in {interactions}");
    }
}
