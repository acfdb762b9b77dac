using System.Text.RegularExpressions;
using ContractTesting.Generation;
using ContractTesting.Json;
using ContractTesting.Models;
using ContractTesting.Rules;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Tests.Conformance.Compatibility;

/// <summary>Steps that configure generators on a request, prepare it, and check the generated body values.</summary>
internal static class GeneratorSteps
{
    // The value shapes the suite's reference steps accept (searched anywhere in the value's text).
    private static readonly Dictionary<string, Func<JToken, bool>> Shapes = new(StringComparer.Ordinal)
    {
        ["integer"] = v => Regex.IsMatch(Text(v), @"\d+"),
        ["decimal number"] = v => Regex.IsMatch(Text(v), @"\d+\.\d+"),
        ["hexadecimal number"] = v => Regex.IsMatch(Text(v), "[a-fA-F0-9]+"),
        ["random string"] = v => v.Type == JTokenType.String,
        ["string from the regex"] = v => v.Type == JTokenType.String && Regex.IsMatch(Text(v), @"\d{1,8}"),
        ["date"] = v => Regex.IsMatch(Text(v), @"\d{4}-\d{2}-\d{2}"),
        ["time"] = v => Regex.IsMatch(Text(v), @"\d{2}:\d{2}:\d{2}"),
        ["date-time"] = v => Regex.IsMatch(Text(v), @"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{1,9}"),
        ["UUID"] = IsUuid,
        ["simple UUID"] = IsUuid,
        ["lower-case-hyphenated UUID"] = IsUuid,
        ["upper-case-hyphenated UUID"] = IsUuid,
        ["URN UUID"] = IsUuid,
        ["boolean"] = v => Text(v) is "true" or "false",
    };

    [Step("a request configured with the following generators:")]
    public static void Configure(World world, List<List<string>> table)
    {
        var row = Fixtures.Row(table);
        var request = new HttpRequest { Path = "/path/one" };
        if (row.TryGetValue("body", out var body))
        {
            var (content, type) = Fixtures.BodyFrom(world, body, null);
            request = request with { Body = content, Headers = request.Headers.With("content-type", type.ToString()) };
        }

        if (row.TryGetValue("generators", out var generators))
        {
            request = request with { Generators = Fixtures.RulesAndGenerators(null, Fixtures.Fragment(world, generators), forResponse: false).Generators };
        }

        world.GeneratorRequest = request;
        world.OriginalBody = request.Body;
    }

    [Step("the generator test mode is set as \"(.*)\"")]
    public static void Mode(World world, string mode) =>
        world.GeneratorContext = world.GeneratorContext with { Mode = mode == "Consumer" ? GeneratorMode.Consumer : GeneratorMode.Provider };

    [Step("the request is prepared for use")]
    public static void Prepare(World world)
    {
        world.GeneratedRequest = InteractionGenerator.Generate(world.GeneratorRequest, world.GeneratorContext);
        world.GeneratedBody = world.GeneratedRequest.Body;
    }

    [Step("the request is prepared for use with a \"(.*)\" context:")]
    public static void PrepareWith(World world, string kind, List<List<string>> table)
    {
        var values = JObject.Parse(table[0][0]);
        world.GeneratorContext = kind switch
        {
            "providerState" => world.GeneratorContext with { ProviderState = values.Properties().ToDictionary(p => p.Name, p => p.Value) },
            "mockServer" => world.GeneratorContext with { MockServerUrl = new Uri(values.Value<string>("href")!) },
            _ => throw new InvalidOperationException($"Unknown generator context '{kind}'."),
        };
        Prepare(world);
    }

    [Step("the body value for \"(.*)\" will have been replaced with an? \"(.*)\"")]
    public static void ReplacedWithShape(World world, string path, string shape)
    {
        var (original, generated) = Values(world, path);

        AssertReplaced(original, generated, shape, path);
    }

    /// <summary>Asserts that a generator replaced <paramref name="original"/> with a value of the shape the suite names (e.g. "integer").</summary>
    internal static void AssertReplaced(JToken original, JToken generated, string shape, string where)
    {
        Assert.False(JToken.DeepEquals(original, generated), $"The value at {where} ({original}) was not replaced.");
        Assert.True(Shapes[shape](generated), $"The value at {where} ({generated}) is not a {shape}.");
    }

    [Step("the body value for \"(.*)\" will have been replaced with \"(.*)\"")]
    public static void ReplacedWithValue(World world, string path, string value)
    {
        var (original, generated) = Values(world, path);

        Assert.False(JToken.DeepEquals(original, generated), $"The value at {path} ({original}) was not replaced.");
        Assert.Equal(value, Text(generated));
    }

    private static (JToken Original, JToken Generated) Values(World world, string path)
    {
        var docPath = DocPath.Parse(path);
        var original = Select(JToken.Parse(world.OriginalBody.AsText()), docPath);
        var generated = Select(JToken.Parse((world.GeneratedBody ?? throw new InvalidOperationException("Nothing was prepared.")).AsText()), docPath);
        return (original, generated);
    }

    /// <summary>The value at a simple path (<c>$.a.b</c>) of a JSON document.</summary>
    internal static JToken Select(JToken root, DocPath path) =>
        path.Tokens.Skip(1).Aggregate(root, (token, step) => token[step.Name!] ?? throw new InvalidOperationException($"Nothing at {path} in {root}."));

    private static string Text(JToken value) => JsonDisplay.TextOf(value);

    private static bool IsUuid(JToken value) =>
        Guid.TryParse(Text(value).Replace("urn:uuid:", string.Empty, StringComparison.Ordinal), out _);
}
