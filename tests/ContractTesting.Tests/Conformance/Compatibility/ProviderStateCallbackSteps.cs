using Newtonsoft.Json.Linq;

namespace ContractTesting.Tests.Conformance.Compatibility;

/// <summary>Checks the calls the verifier made to the scenario's provider-state callback, and when it made them.</summary>
internal static class ProviderStateCallbackSteps
{
    [Step("the provider state callback will be called before the verification is run")]
    public static void CalledBefore(World world)
    {
        var setups = Calls(world).Where(c => c.IsSetup).ToList();

        Assert.NotEmpty(setups);
        if (world.Verification.Provider!.Received is [var first, ..])
        {
            Assert.True(setups.Min(c => c.Tick) < first.Tick, "The provider got a request before the state was set up.");
        }
    }

    [Step("the provider state callback will be called after the verification is run")]
    public static void CalledAfter(World world)
    {
        var teardowns = Calls(world).Where(c => !c.IsSetup).ToList();

        Assert.NotEmpty(teardowns);
        if (world.Verification.Provider!.Received is [.., var last])
        {
            Assert.True(teardowns.Max(c => c.Tick) > last.Tick, "The state was torn down before the provider got the last request.");
        }
    }

    [Step("the provider state callback will receive a setup call with \"(.*)\" as the provider state parameter")]
    public static void SetupCall(World world, string state) => AssertCall(world, state, setup: true, parameters: null);

    [Step("the provider state callback will receive a teardown call \"(.*)\" as the provider state parameter")]
    public static void TeardownCall(World world, string state) => AssertCall(world, state, setup: false, parameters: null);

    [Step("the provider state callback will receive a setup call with \"(.*)\" and the following parameters:")]
    public static void SetupCallWithParameters(World world, string state, List<List<string>> table) => AssertCall(world, state, setup: true, Parameters(table));

    [Step("the provider state callback will receive a teardown call \"(.*)\" and the following parameters:")]
    public static void TeardownCallWithParameters(World world, string state, List<List<string>> table) => AssertCall(world, state, setup: false, Parameters(table));

    [Step("the provider state callback will NOT receive a teardown call")]
    public static void NoTeardown(World world) => Assert.DoesNotContain(Calls(world), c => !c.IsSetup);

    private static void AssertCall(World world, string state, bool setup, JObject? parameters) =>
        Assert.True(
            Calls(world).Any(c => c.IsSetup == setup && c.State == state && (parameters is null || JToken.DeepEquals(parameters, c.Parameters))),
            $"No {(setup ? "setup" : "teardown")} call for '{state}'{(parameters is null ? string.Empty : $" with {parameters.ToString(Newtonsoft.Json.Formatting.None)}")}. Calls:\n" +
            string.Join("\n", Calls(world).Select(c => $"{c.Action} '{c.State}' {c.Parameters.ToString(Newtonsoft.Json.Formatting.None)}")));

    /// <summary>The parameters of a table with the names in its header row and JSON values in the next.</summary>
    private static JObject Parameters(List<List<string>> table) => new(table[0].Zip(table[1]).Select(c => new JProperty(c.First, JToken.Parse(c.Second))));

    private static IReadOnlyList<StateCall> Calls(World world) =>
        world.Verification.StateCallback?.Calls ?? throw new InvalidOperationException("No provider state callback was configured.");
}
