using ContractTesting.BrokerClient;
using ContractTesting.Cli.Parsing;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Cli.Commands;

/// <summary>A consumer version selector given as JSON (<c>--consumer-version-selectors '{"mainBranch": true}'</c>), as <c>pact verifier</c> takes them.</summary>
internal static class SelectorJson
{
    /// <summary>The selector.</summary>
    /// <exception cref="UsageException">The text is not a JSON object, has an unknown key, or a value of the wrong type.</exception>
    public static ConsumerVersionSelector Parse(string text)
    {
        JObject json;
        try
        {
            json = JObject.Parse(text);
        }
        catch (JsonReaderException e)
        {
            throw new UsageException($"invalid consumer version selector '{text}': not a JSON object ({e.Message})", e);
        }

        var selector = new ConsumerVersionSelector();
        foreach (var (key, value) in json)
        {
            selector = key switch
            {
                "mainBranch" => selector with { MainBranch = Flag(text, key, value) },
                "branch" => selector with { Branch = Text(text, key, value) },
                "fallbackBranch" => selector with { FallbackBranch = Text(text, key, value) },
                "matchingBranch" => selector with { MatchingBranch = Flag(text, key, value) },
                "tag" => selector with { Tag = Text(text, key, value) },
                "fallbackTag" => selector with { FallbackTag = Text(text, key, value) },
                "latest" => selector with { Latest = Flag(text, key, value) },
                "consumer" => selector with { Consumer = Text(text, key, value) },
                "deployed" => selector with { Deployed = Flag(text, key, value) },
                "released" => selector with { Released = Flag(text, key, value) },
                "deployedOrReleased" => selector with { DeployedOrReleased = Flag(text, key, value) },
                "environment" => selector with { Environment = Text(text, key, value) },
                _ => throw new UsageException($"invalid consumer version selector '{text}': unknown key '{key}' (known: mainBranch, branch, fallbackBranch, " +
                    "matchingBranch, tag, fallbackTag, latest, consumer, deployed, released, deployedOrReleased, environment)"),
            };
        }

        return selector;
    }

    private static bool Flag(string text, string key, JToken? value) => value is JValue { Type: JTokenType.Boolean } flag
        ? (bool)flag!
        : throw new UsageException($"invalid consumer version selector '{text}': '{key}' must be true or false");

    private static string Text(string text, string key, JToken? value) => value is JValue { Type: JTokenType.String } word
        ? (string)word!
        : throw new UsageException($"invalid consumer version selector '{text}': '{key}' must be a string");
}
