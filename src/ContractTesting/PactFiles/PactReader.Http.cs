using ContractTesting.Generation;
using ContractTesting.Models;
using ContractTesting.Rules;
using Newtonsoft.Json.Linq;

namespace ContractTesting.PactFiles;

internal static partial class PactReader
{
    private static HttpRequest ReadRequest(JObject json, PactSpecification specification)
    {
        var headers = ReadHeaders(json);
        return new HttpRequest
        {
            Method = JsonRead.Optional(json, "method") is { } method ? JsonRead.String(method).ToUpperInvariant() : "GET",
            Path = JsonRead.Optional(json, "path") is { } path ? JsonRead.String(path) : "/",
            Query = ReadQuery(json),
            Headers = headers,
            Body = ReadBody(json, "body", headers.GetJoined("Content-Type"), specification),
            MatchingRules = Rules(json),
            Generators = Generators(json),
        };
    }

    private static HttpResponse ReadResponse(JObject json, PactSpecification specification)
    {
        var headers = ReadHeaders(json);
        return new HttpResponse
        {
            Status = JsonRead.Optional(json, "status") is { } status ? JsonRead.Integer(status, 100) : 200,
            Headers = headers,
            Body = ReadBody(json, "body", headers.GetJoined("Content-Type"), specification),
            MatchingRules = Rules(json),
            Generators = Generators(json),
        };
    }

    private static MatchingRules Rules(JObject json) =>
        JsonRead.Optional(json, "matchingRules") is { } rules ? RuleReader.Read(rules) : MatchingRules.Empty;

    private static Generators Generators(JObject json) =>
        JsonRead.Optional(json, "generators") is { } generators ? GeneratorReader.Read(generators) : Generation.Generators.Empty;

    /// <summary>Headers as written: one string per header (V1–V3) or a list of strings (V4). Values are kept as given.</summary>
    private static HeaderCollection ReadHeaders(JObject json)
    {
        if (JsonRead.Optional(json, "headers") is not { } headers)
        {
            return HeaderCollection.Empty;
        }

        return new HeaderCollection(JsonRead.Object(headers).Properties().Select(p =>
            new KeyValuePair<string, IReadOnlyList<string>>(p.Name, p.Value switch
            {
                JArray values => [.. values.Select(JsonRead.Text)],
                var value => [JsonRead.Text(value)],
            })));
    }

    /// <summary>A query string (V1, V2) or a map of names to lists of values (V3, V4).</summary>
    private static QueryCollection ReadQuery(JObject json)
    {
        return JsonRead.Optional(json, "query") switch
        {
            null => QueryCollection.Empty,
            { Type: JTokenType.String } query => QueryCollection.Parse(query.Value<string>()),
            JObject map => new QueryCollection(map.Properties().Select(p => new KeyValuePair<string, IReadOnlyList<string?>>(p.Name, p.Value switch
            {
                JArray values => [.. values.Select(v => v.Type == JTokenType.Null ? null : JsonRead.Text(v))],
                { Type: JTokenType.Null } => [null],
                var value => [JsonRead.Text(value)],
            }))),
            var other => throw JsonRead.Error(other, $"expected a query string or an object of parameters but found {JsonRead.Describe(other)}"),
        };
    }
}
