using ContractTesting.Consumer;
using ContractTesting.PactFiles;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Tests.Conformance.Compatibility;

/// <summary>
/// Steps that define a message interaction (V3 messages, V4 asynchronous and synchronous messages) through the consumer
/// DSL, run its handler, and record what the handler received. The definition is collected first and replayed through
/// the DSL when the message is processed, because the scenarios give the parts in an order the staged DSL does not take.
/// </summary>
internal static class MessageConsumerSteps
{
    private const string Description = "a message";

    [Step("a message (?:integration|interaction) is being defined for a consumer test")]
    public static void DefineAsynchronous(World world) => world.MessageConsumer.Kind = MessageKind.Asynchronous;

    [Step("a synchronous message interaction is being defined for a consumer test")]
    public static void DefineSynchronous(World world) => world.MessageConsumer.Kind = MessageKind.Synchronous;

    [Step("a key of \"(.*)\" is specified for the (?:synchronous )?message interaction")]
    public static void Key(World world, string key) => world.MessageConsumer.Details.Add(m => m.WithKey(key));

    [Step("the (?:synchronous )?message interaction is marked as pending")]
    public static void Pending(World world) => world.MessageConsumer.Details.Add(m => m.AsPending());

    [Step("a comment \"(.*)\" is added to the (?:synchronous )?message interaction")]
    public static void Comment(World world, string comment) => world.MessageConsumer.Details.Add(m => m.WithComment(comment));

    [Step("a provider state \"(.*)\" for the (?:synchronous )?message is specified")]
    public static void State(World world, string name) => world.MessageConsumer.Details.Add(m => m.Given(name));

    [Step("a provider state \"(.*)\" for the (?:synchronous )?message is specified with the following data:")]
    public static void StateWithData(World world, string name, List<List<string>> table)
    {
        var parameters = new JObject(table[0].Zip(table[1]).Select(c => new JProperty(c.First, JToken.Parse(c.Second))));
        world.MessageConsumer.Details.Add(m => m.Given(name, parameters));
    }

    [Step("a message is defined")]
    public static void Defined(World world) => world.MessageConsumer.Message.Clear();

    [Step("the message (?:request )?payload contains the \"(.*)\" JSON document")]
    public static void JsonPayload(World world, string fixture) =>
        world.MessageConsumer.Message.Contents(File.ReadAllText(Path.Combine(world.Fixtures, fixture + ".json")), "application/json");

    [Step("the message response payload contains the \"(.*)\" document")]
    public static void ResponsePayload(World world, string value)
    {
        var response = new MessageDefinition();
        response.Contents(world, value);
        world.MessageConsumer.Responses.Add(response);
    }

    [Step("the message (?:request )?contains the following metadata:")]
    public static void Metadata(World world, List<List<string>> table)
    {
        foreach (var row in table.Skip(1))
        {
            world.MessageConsumer.Message.Metadata(row[0], MessageDefinition.MetadataValue(row[1]));
        }
    }

    [Step("the message (?:request )?is configured with the following:")]
    public static void Configure(World world, List<List<string>> table) => world.MessageConsumer.Message.Configure(world, Fixtures.Row(table));

    [Step("the message response is configured with the following:")]
    public static void ConfigureResponse(World world, List<List<string>> table)
    {
        var response = new MessageDefinition();
        response.Configure(world, Fixtures.Row(table));
        world.MessageConsumer.Responses.Add(response);
    }

    [Step("the message is successfully processed")]
    public static Task Processed(World world) => ProcessAsync(world, fail: null);

    [Step("the message is NOT successfully processed with a \"(.*)\" exception")]
    public static Task NotProcessed(World world, string error) => ProcessAsync(world, fail: error);

    /// <summary>
    /// Replays the definition on <paramref name="contract"/> and runs the handler, which records what it received (and
    /// throws <paramref name="fail"/> when given). A synchronous message the scenario gave no response gets one without
    /// contents, since the DSL requires a response.
    /// </summary>
    public static async Task VerifyAsync(World world, IContractBuilder contract, string? fail)
    {
        var scenario = world.MessageConsumer;
        var message = contract.ExpectsToReceive(Description);
        foreach (var detail in scenario.Details)
        {
            detail(message);
        }

        Task Handle()
        {
            return fail is null ? Task.CompletedTask : throw new InvalidOperationException(fail);
        }

        if (scenario.Kind == MessageKind.Synchronous)
        {
            var responses = scenario.Responses.Count > 0 ? scenario.Responses : [new MessageDefinition()];
            var sync = message.WithRequest(scenario.Message.ApplyTo).WillRespondWith(responses[0].ApplyTo);
            foreach (var response in responses.Skip(1))
            {
                sync = sync.WillRespondWith(response.ApplyTo);
            }

            await sync.VerifyAsync(
                (request, received) =>
                {
                    (scenario.Received, scenario.ReceivedResponses) = (request, received);
                    return Handle();
                },
                TestContext.Current.CancellationToken);
            return;
        }

        await scenario.Message.ApplyTo(message).VerifyAsync(
            received =>
            {
                scenario.Received = received;
                return Handle();
            },
            TestContext.Current.CancellationToken);
    }

    private static async Task ProcessAsync(World world, string? fail)
    {
        using (var contract = ConsumerDslSteps.NewContract(world))
        {
            try
            {
                await VerifyAsync(world, contract, fail);
            }
            catch (MessageHandlerException e)
            {
                world.MessageConsumer.Failure = e;
            }
        }

        await ReadWrittenAsync(world);
    }

    /// <summary>Writes the pending pact files and reads back the scenario's, when there is one (steps that check the pact read it there).</summary>
    public static async Task ReadWrittenAsync(World world)
    {
        await Contract.WritePactFilesAsync(TestContext.Current.CancellationToken);
        var path = ConsumerDslSteps.PactPath(world);
        world.MessageConsumer.Written = File.Exists(path) ? PactFile.Read(path) : null;
    }

    [Step("the consumer test will have passed")]
    public static void Passed(World world) => Assert.Null(world.MessageConsumer.Failure);

    [Step("the consumer test will have failed")]
    public static void Failed(World world) => Assert.IsType<MessageHandlerException>(world.MessageConsumer.Failure);

    // The consumer test's error is the handler's own; the exception around it names the message.
    [Step("the consumer test error will be \"(.*)\"")]
    public static void Error(World world, string error)
    {
        var failure = Assert.IsType<MessageHandlerException>(world.MessageConsumer.Failure);

        Assert.Equal(error, failure.InnerException?.Message);
        Assert.Equal(Description, failure.Description);
    }

    [Step("a Pact file for the message interaction will have been written")]
    public static void Written(World world)
    {
        var path = ConsumerDslSteps.PactPath(world);
        Assert.True(File.Exists(path), $"No pact file was written to {path}.");

        world.MessageConsumer.Written = PactFile.Read(path);

        Assert.Equal(world.Specification, world.MessageConsumer.Written.Specification);
    }

    [Step("a Pact file for the message interaction will NOT have been written")]
    public static void NotWritten(World world) =>
        Assert.False(File.Exists(ConsumerDslSteps.PactPath(world)), $"A pact file was written to {ConsumerDslSteps.PactPath(world)}.");
}
