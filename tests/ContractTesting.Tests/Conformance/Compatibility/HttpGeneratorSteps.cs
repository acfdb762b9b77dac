using System.Globalization;
using System.Text.RegularExpressions;
using ContractTesting.Generation;
using ContractTesting.Models;

namespace ContractTesting.Tests.Conformance.Compatibility;

/// <summary>
/// Steps for generators on the other HTTP parts: a response with generators, and the generated path, headers, query
/// parameters and status. Patterns are searched for anywhere in a value, as the suite's reference steps do.
/// </summary>
internal static class HttpGeneratorSteps
{
    private static readonly Regex KeyPattern = new(@"\[(.*)\]");

    [Step("a response configured with the following generators:")]
    public static void Configure(World world, List<List<string>> table)
    {
        var row = Fixtures.Row(table);
        var response = new HttpResponse();
        if (row.TryGetValue("body", out var body))
        {
            var (content, type) = Fixtures.BodyFrom(world, body, null);
            response = response with { Body = content, Headers = response.Headers.With("content-type", type.ToString()) };
        }

        if (row.TryGetValue("generators", out var generators))
        {
            response = response with { Generators = Fixtures.RulesAndGenerators(null, Fixtures.Fragment(world, generators), forResponse: true).Generators };
        }

        world.GeneratorResponse = response;
        world.OriginalBody = response.Body;
    }

    [Step("the response is prepared for use")]
    public static void Prepare(World world)
    {
        world.GeneratedResponse = InteractionGenerator.Generate(world.GeneratorResponse, world.GeneratorContext);
        world.GeneratedBody = world.GeneratedResponse.Body;
    }

    [Step("the request \"(.*)\" will be set as \"(.*)\"")]
    public static void RequestSetAs(World world, string part, string value)
    {
        Assert.Equal("path", part);

        Assert.Equal(value, Request(world).Path);
    }

    [Step("the request \"(.*)\" will match \"(.*)\"")]
    public static void RequestMatches(World world, string part, string pattern)
    {
        var request = Request(world);
        IReadOnlyList<string> values = part switch
        {
            "path" => [request.Path],
            _ when part.StartsWith("header", StringComparison.Ordinal) => Values(request.Headers, Key(part), "header"),
            _ when part.StartsWith("queryParameter", StringComparison.Ordinal) =>
                Values(request.Query.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)[.. p.Value.Select(v => v ?? string.Empty)]), Key(part), "query parameter"),
            _ => throw new InvalidOperationException($"Invalid HTTP part: {part}"),
        };

        AssertAllMatch(part, values, pattern);
    }

    [Step("the response \"(.*)\" will not be \"(.*)\"")]
    public static void ResponseNot(World world, string part, string value)
    {
        Assert.Equal("status", part);

        Assert.NotEqual(int.Parse(value, CultureInfo.InvariantCulture), Response(world).Status);
    }

    [Step("the response \"(.*)\" will match \"(.*)\"")]
    public static void ResponseMatches(World world, string part, string pattern)
    {
        var response = Response(world);
        IReadOnlyList<string> values = part switch
        {
            "status" => [response.Status.ToString(CultureInfo.InvariantCulture)],
            _ when part.StartsWith("header", StringComparison.Ordinal) => Values(response.Headers, Key(part), "header"),
            _ => throw new InvalidOperationException($"Invalid HTTP part: {part}"),
        };

        AssertAllMatch(part, values, pattern);
    }

    private static void AssertAllMatch(string part, IReadOnlyList<string> values, string pattern) =>
        Assert.True(values.All(v => Regex.IsMatch(v, pattern)), $"The {part} ({string.Join(", ", values)}) does not match {pattern}.");

    private static string Key(string part) => KeyPattern.Match(part).Groups[1].Value;

    private static IReadOnlyList<string> Values(IReadOnlyDictionary<string, IReadOnlyList<string>> map, string key, string what) =>
        map.TryGetValue(key, out var values) && values.Count > 0 ? values : throw new InvalidOperationException($"There is no {what} '{key}'.");

    private static HttpRequest Request(World world) => world.GeneratedRequest ?? throw new InvalidOperationException("The request was not prepared.");

    private static HttpResponse Response(World world) => world.GeneratedResponse ?? throw new InvalidOperationException("The response was not prepared.");
}
