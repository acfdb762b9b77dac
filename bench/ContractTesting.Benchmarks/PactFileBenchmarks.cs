using System.Globalization;
using BenchmarkDotNet.Attributes;
using ContractTesting.PactFiles;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Benchmarks;

/// <summary>Reading and writing a V4 pact with 1,000 HTTP interactions (bodies, headers, query, matching rules, generators).</summary>
[MemoryDiagnoser]
public class PactFileBenchmarks
{
    private string _json = string.Empty;
    private Models.Pact _pact = null!;

    [GlobalSetup]
    public void Setup()
    {
        _json = BuildPact(1000).ToString();
        _pact = PactFile.Parse(_json);
    }

    [Benchmark(Description = "read 1,000-interaction pact")]
    public int Read() => PactFile.Parse(_json).Interactions.Count;

    [Benchmark(Description = "write 1,000-interaction pact")]
    public int Write() => PactFile.Serialize(_pact).Length;

    [Benchmark(Description = "read + write 1,000-interaction pact")]
    public int ReadAndWrite() => PactFile.Serialize(PactFile.Parse(_json)).Length;

    internal static JObject BuildPact(int count) => new()
    {
        ["consumer"] = new JObject { ["name"] = "OrderService" },
        ["provider"] = new JObject { ["name"] = "UserService" },
        ["interactions"] = new JArray(Enumerable.Range(0, count).Select(Interaction)),
        ["metadata"] = new JObject { ["pactSpecification"] = new JObject { ["version"] = "4.0" } },
    };

    private static JObject Interaction(int i) => JObject.Parse($$"""
        {
          "type": "Synchronous/HTTP",
          "description": "a request for user {{i.ToString(CultureInfo.InvariantCulture)}}",
          "providerStates": [{ "name": "a user exists", "params": { "id": {{i.ToString(CultureInfo.InvariantCulture)}} } }],
          "pending": false,
          "request": {
            "method": "GET",
            "path": "/api/users/{{i.ToString(CultureInfo.InvariantCulture)}}",
            "query": { "expand": ["orders"] },
            "headers": { "Accept": ["application/json"] },
            "matchingRules": { "path": { "combine": "AND", "matchers": [{ "match": "regex", "regex": "/api/users/\\d+" }] } }
          },
          "response": {
            "status": 200,
            "headers": { "Content-Type": ["application/json"] },
            "body": {
              "contentType": "application/json",
              "encoded": false,
              "content": { "id": {{i.ToString(CultureInfo.InvariantCulture)}}, "name": "User {{i.ToString(CultureInfo.InvariantCulture)}}", "email": "user@example.com", "createdAt": "2024-01-01T00:00:00Z", "orders": [{ "id": 1, "total": 89.97 }] }
            },
            "matchingRules": {
              "body": {
                "$.id": { "combine": "AND", "matchers": [{ "match": "integer" }] },
                "$.name": { "combine": "AND", "matchers": [{ "match": "type" }] },
                "$.orders": { "combine": "AND", "matchers": [{ "match": "type", "min": 1 }] },
                "$.createdAt": { "combine": "AND", "matchers": [{ "match": "datetime", "format": "yyyy-MM-dd'T'HH:mm:ssX" }] }
              }
            },
            "generators": { "body": { "$.id": { "type": "RandomInt", "min": 1, "max": 1000 } } }
          }
        }
        """);
}
