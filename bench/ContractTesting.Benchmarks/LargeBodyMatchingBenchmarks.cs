using System.Text;
using BenchmarkDotNet.Attributes;
using ContractTesting.Matching;
using ContractTesting.Models;
using ContractTesting.Rules;

namespace ContractTesting.Benchmarks;

/// <summary>Matching a response whose body is about 1 MB of JSON (an array of objects) under type and min-type rules.</summary>
[MemoryDiagnoser]
public class LargeBodyMatchingBenchmarks
{
    private HttpResponse _expected = new();
    private HttpResponse _actual = new();
    private HttpResponse _expectedWithoutRules = new();

    [GlobalSetup]
    public void Setup()
    {
        var actualBody = LargeJson.ArrayOfObjects(targetBytes: 1_000_000);
        var example = LargeJson.ArrayOfObjects(targetBytes: 1);
        var rules = new MatchingRules([new MatchingRuleCategory(MatchingRules.Body,
        [
            new(DocPath.Parse("$"), new RuleList(new TypeRule(Min: 1))),
            new(DocPath.Parse("$[*].*"), new RuleList(new TypeRule())),
        ])]);
        _expected = new HttpResponse { Body = Body.FromText(example, ContentType.Json), MatchingRules = rules };
        _actual = new HttpResponse { Body = Body.FromBytes(Encoding.UTF8.GetBytes(actualBody), ContentType.Json) };
        _expectedWithoutRules = new HttpResponse { Body = Body.FromBytes(Encoding.UTF8.GetBytes(actualBody), ContentType.Json) };
        BodySize = actualBody.Length;
    }

    /// <summary>The size of the actual body in bytes, for the report.</summary>
    public int BodySize { get; private set; }

    [Benchmark(Description = "1 MB JSON array, type + min-type rules")]
    public bool MatchUnderTypeRules() => PactMatcher.MatchResponse(_expected, _actual).Matched;

    [Benchmark(Description = "1 MB JSON array, plain equality", Baseline = true)]
    public bool MatchByEquality() => PactMatcher.MatchResponse(_expectedWithoutRules, _actual).Matched;
}
