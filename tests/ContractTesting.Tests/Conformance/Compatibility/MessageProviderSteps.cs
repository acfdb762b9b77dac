using System.Globalization;
using ContractTesting.Matching;
using ContractTesting.Models;
using ContractTesting.PactFiles;
using ContractTesting.Sources;
using ContractTesting.Verification;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Tests.Conformance.Compatibility;

/// <summary>
/// Steps of the message provider features: a provider whose message factories produce the scenario's messages, pact
/// files written from the scenario's messages, and the verification of one by the other (<see cref="ProviderVerifier.ForMessages"/>).
/// </summary>
[FeatureScope("message_provider")]
internal static class MessageProviderSteps
{
    private const string Provider = "p";

    [Step("a provider is started that can generate the \"(.*)\" message with \"(.*)\"")]
    public static void Generates(World world, string name, string body) => AddFactory(world, name, body, []);

    [Step("a provider is started that can generate the \"(.*)\" message with \"(.*)\" and the following metadata:")]
    public static void GeneratesWithMetadata(World world, string name, string body, List<List<string>> table) =>
        AddFactory(world, name, body, [.. table.Skip(1).Select(r => (r[0], MessageDefinition.MetadataValue(r[1])))]);

    [Step("a Pact file for \"(.*)\":\"(.*)\" is to be verified")]
    public static void PactFor(World world, string name, string body) => AddPact(world, Message(world, name, body));

    [Step("a Pact file for \"(.*)\":\"(.*)\" is to be verified with provider state \"(.*)\"")]
    public static void PactWithState(World world, string name, string body, string state) =>
        AddPact(world, Message(world, name, body) with { ProviderStates = [new ProviderState(state)] });

    [Step("a Pact file for \"(.*)\":\"(.*)\" is to be verified with the following metadata:")]
    public static void PactWithMetadata(World world, string name, string body, List<List<string>> table)
    {
        var message = Message(world, name, body);
        AddPact(world, WithMetadata(message, table.Skip(1).Select(r => (r[0], MessageDefinition.MetadataValue(r[1])))));
    }

    [Step("a Pact file for \"(.*)\" is to be verified with the following:")]
    public static void PactWith(World world, string name, List<List<string>> table)
    {
        var rows = table.ToDictionary(r => r[0], r => r[1], StringComparer.Ordinal);
        var message = Message(world, name, rows.GetValueOrDefault("body", string.Empty));
        if (rows.TryGetValue("metadata", out var metadata))
        {
            message = WithMetadata(message, metadata.Split(';').Select(e => e.Trim().Split('=', 2)).Select(kv => (kv[0], MessageDefinition.MetadataValue(kv[1]))));
        }

        if (rows.TryGetValue("matching rules", out var rules))
        {
            var read = Fixtures.RulesAndGenerators(Fixtures.Fragment(world, rules), null, forResponse: false).Rules;
            message = message with { Contents = message.Contents with { MatchingRules = read } };
        }

        AddPact(world, message);
    }

    [Step("a Pact file for \"(.*)\":\"(.*)\" is to be verified, but is marked pending")]
    public static void PendingPact(World world, string name, string body) => AddPact(world, Message(world, name, body) with { Pending = true }, $"c_{name}");

    [Step("a Pact file for \"(.*)\":\"(.*)\" is to be verified with the following comments:")]
    public static void PactWithComments(World world, string name, string body, List<List<string>> table)
    {
        var rows = table.Skip(1).Select(r => (Comment: r[0], Type: r[1])).ToList();
        var comments = new Dictionary<string, JToken>();
        if (rows.Where(r => r.Type == "text").Select(r => r.Comment).ToList() is { Count: > 0 } text)
        {
            comments["text"] = new JArray(text);
        }

        foreach (var (comment, _) in rows.Where(r => r.Type == "testname"))
        {
            comments["testname"] = comment;
        }

        AddPact(world, Message(world, name, body) with { Comments = comments }, $"c_{name}");
    }

    [Step("a provider state callback is configured")]
    public static void StateCallback(World world) => world.MessageProvider.StateCallback = true;

    [Step("the verification is run")]
    public static async Task Run(World world)
    {
        var scenario = world.MessageProvider;
        var verifier = ProviderVerifier.ForMessages(Provider, new VerifierOptions { Output = scenario.Output, Filter = InteractionFilter.None })
            .WithMessages(scenario.Factories);
        if (scenario.StateCallback)
        {
            verifier.WithStates(new ProviderStates().WithFallback(new RecordingCallback(scenario.Calls)));
        }

        scenario.Result = await verifier.VerifyAsync(scenario.Sources, TestContext.Current.CancellationToken);
    }

    [Step("the verification will be successful")]
    public static void Successful(World world) => Assert.True(Result(world).Passed, Result(world).Summary);

    [Step("the verification will NOT be successful")]
    public static void NotSuccessful(World world) => Assert.False(Result(world).Passed, "The verification passed.");

    [Step("the provider state callback will be called before the verification is run")]
    public static void CalledBefore(World world) => AssertOrder(world, "setup: ", before: true);

    [Step("the provider state callback will be called after the verification is run")]
    public static void CalledAfter(World world) => AssertOrder(world, "teardown: ", before: false);

    [Step("the provider state callback will receive a setup call with \"(.*)\" as the provider state parameter")]
    public static void SetupCall(World world, string state) => Assert.Contains($"setup: {state}", world.MessageProvider.Calls);

    [Step("the provider state callback will receive a teardown call \"(.*)\" as the provider state parameter")]
    public static void TeardownCall(World world, string state) => Assert.Contains($"teardown: {state}", world.MessageProvider.Calls);

    [Step("the verification results will contain a \"(.*)\" error")]
    public static void ContainsError(World world, string error) =>
        Assert.True(Result(world).Interactions.Any(i => Has(i, error)), $"No '{error}' in the results.\n{Result(world).Summary}");

    [Step("there will be a pending \"(.*)\" error")]
    public static void PendingError(World world, string error) =>
        Assert.True(Result(world).Interactions.Any(i => i.Pending && i.Status == InteractionStatus.Failed && Has(i, error)),
            $"No pending '{error}' in the results.\n{Result(world).Summary}");

    [Step("the comment \"(.*)\" will have been printed to the console")]
    public static void CommentPrinted(World world, string comment) =>
        Assert.Contains(world.MessageProvider.Output.Lines, l => l.Contains(comment, StringComparison.Ordinal));

    [Step("the \"(.*)\" will displayed as the original test name")]
    public static void TestNamePrinted(World world, string name) =>
        Assert.Contains(world.MessageProvider.Output.Lines, l => l.Contains($"Test Name: {name}", StringComparison.Ordinal));

    // The suite's wording for our mismatch parts; any other text is an error of the result, word for word.
    private static bool Has(InteractionResult result, string error) => error switch
    {
        "Body had differences" => result.Mismatches.Any(m => m.Part is MismatchPart.Body or MismatchPart.BodyContentType),
        "Metadata had differences" => result.Mismatches.Any(m => m.Part == MismatchPart.Metadata),
        _ => result.Errors.Contains(error),
    };

    private static void AddFactory(World world, string name, string body, IReadOnlyList<(string Key, JToken Value)> metadata)
    {
        var contents = new MessageContents
        {
            Contents = Fixtures.BodyFrom(world, Unescape(body), null).Body,
            Metadata = metadata.ToDictionary(m => m.Key, m => m.Value),
        };
        var calls = world.MessageProvider.Calls;
        world.MessageProvider.Factories.Add(name, _ =>
        {
            calls.Add($"factory: {name}");
            return contents;
        });
    }

    /// <summary>The message a pact holds: its contents, and their content type as metadata too (as the suite writes it).</summary>
    private static AsynchronousMessage Message(World world, string name, string body)
    {
        var contents = body.Length == 0 ? Body.Missing : Fixtures.BodyFrom(world, Unescape(body), null).Body;
        var metadata = new Dictionary<string, JToken>();
        if (contents.ContentType is { } type)
        {
            metadata["contentType"] = type.ToString();
        }

        return new AsynchronousMessage { Description = name, Contents = new MessageContents { Contents = contents, Metadata = metadata } };
    }

    private static AsynchronousMessage WithMetadata(AsynchronousMessage message, IEnumerable<(string Key, JToken Value)> entries)
    {
        var metadata = new Dictionary<string, JToken>(message.Contents.Metadata);
        foreach (var (key, value) in entries)
        {
            metadata[key] = value;
        }

        return message with { Contents = message.Contents with { Metadata = metadata } };
    }

    /// <summary>Writes a pact file of the feature's version holding the message, and queues it for verification.</summary>
    private static void AddPact(World world, AsynchronousMessage message, string consumer = "c")
    {
        var pact = new Pact { Consumer = new(consumer), Provider = new(Provider), Interactions = [message], Specification = world.Specification };
        var path = Path.Combine(world.PactDirectory, string.Create(CultureInfo.InvariantCulture, $"{consumer}-{Provider}-{world.MessageProvider.Sources.Count}.json"));
        PactFile.Write(pact, path);
        world.MessageProvider.Sources.Add(PactSource.File(path));
    }

    private static void AssertOrder(World world, string prefix, bool before)
    {
        var calls = world.MessageProvider.Calls;
        var factory = calls.FindIndex(c => c.StartsWith("factory: ", StringComparison.Ordinal));
        var state = before ? calls.FindIndex(c => c.StartsWith(prefix, StringComparison.Ordinal)) : calls.FindLastIndex(c => c.StartsWith(prefix, StringComparison.Ordinal));

        Assert.True(state >= 0 && factory >= 0 && (before ? state < factory : state > factory), $"Calls in order: {string.Join(", ", calls)}");
    }

    // Cucumber string parameters take \" for a quote inside the quotes.
    private static string Unescape(string value) => value.Replace("\\\"", "\"", StringComparison.Ordinal);

    private static VerificationResult Result(World world) =>
        world.MessageProvider.Result ?? throw new InvalidOperationException("The verification has not been run.");

    /// <summary>The suite's provider-state callback: records each setup and teardown.</summary>
    private sealed class RecordingCallback(List<string> calls) : IProviderStateHandler
    {
        public Task<IReadOnlyDictionary<string, JToken>?> HandleAsync(ProviderStateChange change, CancellationToken cancellationToken)
        {
            calls.Add($"{(change.Action == ProviderStateAction.Setup ? "setup" : "teardown")}: {change.State.Name}");
            return Task.FromResult<IReadOnlyDictionary<string, JToken>?>(null);
        }
    }
}
