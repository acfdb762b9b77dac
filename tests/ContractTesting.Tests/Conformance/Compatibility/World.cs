using ContractTesting.Generation;
using ContractTesting.Matching;
using ContractTesting.Models;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Tests.Conformance.Compatibility;

/// <summary>The state a scenario builds up step by step.</summary>
internal sealed class World(string feature, string fixtures)
{
    /// <summary>The feature path, e.g. <c>V3/matching_rules.feature</c>.</summary>
    public string Feature { get; } = feature;

    public string Fixtures { get; } = fixtures;

    public HttpRequest ExpectedRequest { get; set; } = new();

    public List<HttpRequest> ReceivedRequests { get; } = [];

    public List<MatchResult> Results { get; } = [];

    public HttpResponse ExpectedResponse { get; set; } = new();

    public List<HttpResponse> ReceivedResponses { get; } = [];

    public HttpRequest GeneratorRequest { get; set; } = new();

    public GeneratorContext GeneratorContext { get; set; } = new() { Mode = GeneratorMode.Consumer };

    public JToken? GeneratedBody { get; set; }
}
