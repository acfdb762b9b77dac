using ContractTesting.Consumer;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Tests.Conformance.Compatibility;

/// <summary>
/// Steps that define an interaction through the consumer DSL (<see cref="Contract.Between"/>), run it against its mock
/// server (and a message interaction through its handler, <see cref="MessageConsumerSteps"/>), and check the pact JSON it writes.
/// </summary>
internal static class ConsumerDslSteps
{
    private const string Description = "interaction for a consumer test";

    [Step("an integration is being defined for a consumer test")]
    [Step("an HTTP interaction is being defined for a consumer test")]
    public static void Define(World world)
    {
        world.Contract ??= NewContract(world);
        world.Interaction = world.Contract.UponReceiving(Description);
    }

    /// <summary>A contract of this scenario's consumer and provider, writing to its own pact folder in the feature's version.</summary>
    public static IContractBuilder NewContract(World world) => Contract.Between(Consumer(world), Provider(world),
        new ContractOptions { PactDirectory = world.PactDirectory, Specification = world.Specification });

    /// <summary>The pact file this scenario's contract writes.</summary>
    public static string PactPath(World world) => Path.Combine(world.PactDirectory, $"{Consumer(world)}-{Provider(world)}.json");

    [Step("a provider state \"(.*)\" is specified")]
    public static void State(World world, string name) => Interaction(world).Given(name);

    [Step("a provider state \"(.*)\" is specified with the following data:")]
    public static void StateWithData(World world, string name, List<List<string>> table) =>
        Interaction(world).Given(name, new JObject(table[0].Zip(table[1]).Select(c => new JProperty(c.First, JToken.Parse(c.Second)))));

    [Step("a key of \"(.*)\" is specified for the HTTP interaction")]
    public static void Key(World world, string key) => Interaction(world).WithKey(key);

    [Step("the HTTP interaction is marked as pending")]
    public static void Pending(World world) => Interaction(world).AsPending();

    [Step("a comment \"(.*)\" is added to the HTTP interaction")]
    public static void Comment(World world, string comment) => Interaction(world).WithComment(comment);

    [Step("the Pact file for the test is generated")]
    public static async Task Generate(World world)
    {
        var cancellation = TestContext.Current.CancellationToken;
        if (world.Interaction is null && world.MessageConsumer.Kind == MessageKind.None)
        {
            throw new InvalidOperationException("No consumer test is being defined.");
        }

        using (var contract = world.Contract ?? NewContract(world))
        {
            if (world.Interaction is { } http)
            {
                http.WithRequest(HttpMethod.Get, "/").WillRespond();
                await contract.VerifyAsync(
                    async context =>
                    {
                        using var client = context.CreateHttpClient();
                        using var response = await client.GetAsync(new Uri("/", UriKind.Relative), cancellation);
                    },
                    cancellation);
            }

            if (world.MessageConsumer.Kind != MessageKind.None)
            {
                await MessageConsumerSteps.VerifyAsync(world, contract, fail: null);
            }
        }

        await MessageConsumerSteps.ReadWrittenAsync(world);
        world.PactJson = JObject.Parse(await File.ReadAllTextAsync(PactPath(world), cancellation));
    }

    [Step("there will be an interaction in the Pact file with a type of \"(.*)\"")]
    public static void AnyType(World world, string type) =>
        Assert.True(
            (world.PactJson?["interactions"] as JArray)?.Any(i => i["type"]?.Value<string>() == type) == true,
            $"No interaction of type {type} in {world.PactJson}");

    [Step("the interaction in the Pact file will contain (\\d+) provider states?")]
    public static void StateCount(World world, int count) => Assert.Equal(count, States(world).Count);

    [Step("the interaction in the Pact file will contain provider state \"(.*)\"")]
    public static void HasState(World world, string name) =>
        Assert.Contains(States(world), s => s["name"]?.Value<string>() == name);

    [Step("the provider state \"(.*)\" in the Pact file will contain the following parameters:")]
    public static void StateParameters(World world, string name, List<List<string>> table)
    {
        var expected = JToken.Parse(table[1][0]);

        var state = Assert.Single(States(world), s => s["name"]?.Value<string>() == name);

        var actual = state["params"];
        Assert.True(JToken.DeepEquals(expected, actual), $"Expected the parameters {expected} but the pact has {actual?.ToString() ?? "none"}.");
    }

    [Step("the (first|second|third) interaction in the Pact file will have a type of \"(.*)\"")]
    public static void Type(World world, string ordinal, string type) =>
        Assert.Equal(type, Interaction(world, ordinal)["type"]?.Value<string>());

    [Step("the (first|second|third) interaction in the Pact file will have \"(.*)\" = '(.*)'")]
    public static void Attribute(World world, string ordinal, string name, string json)
    {
        var expected = JToken.Parse(json);

        var actual = Interaction(world, ordinal)[name];

        Assert.True(JToken.DeepEquals(expected, actual), $"Expected '{name}' to be {expected} but the pact has {actual?.ToString() ?? "nothing"}.");
    }

    private static string Consumer(World world) => $"{world.Feature.Split('/')[0]} consumer";

    private static string Provider(World world) => $"{world.Feature.Split('/')[0]} provider";

    private static IInteractionBuilder Interaction(World world) =>
        world.Interaction ?? throw new InvalidOperationException("No interaction is being defined.");

    private static JObject Interaction(World world, string ordinal) =>
        (world.PactJson?["interactions"] as JArray)?[PactFileSteps.Index(ordinal)] as JObject
            ?? throw new InvalidOperationException($"The pact has no {ordinal} interaction: {world.PactJson}");

    private static List<JToken> States(World world) =>
        [.. Interaction(world, "first")["providerStates"] as JArray ?? throw new InvalidOperationException($"The interaction has no providerStates: {world.PactJson}")];
}
