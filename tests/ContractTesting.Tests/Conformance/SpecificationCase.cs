using ContractTesting.Matching;
using ContractTesting.Models;
using ContractTesting.PactFiles;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Tests.Conformance;

/// <summary>
/// One JSON case of the Pact specification: an expected and an actual request, response or message, and whether they
/// match. The case is read through our own pact reader (wrapped in a minimal pact of its version) and compared with
/// our own matcher.
/// </summary>
internal sealed class SpecificationCase
{
    private readonly JObject _json;

    private SpecificationCase(string name, JObject json)
    {
        Name = name;
        _json = json;
    }

    /// <summary>The case's path under the specification folder without <c>.json</c>, e.g. <c>version-3/request/body/matches</c>.</summary>
    public string Name { get; }

    public bool ShouldMatch => _json.Value<bool>("match");

    public string Comment => _json.Value<string>("comment") ?? string.Empty;

    private string Version => Name[..Name.IndexOf('/', StringComparison.Ordinal)];

    private string Kind => Name.Split('/')[1];

    public static SpecificationCase Load(string folder, string name)
    {
        var text = File.ReadAllText(Path.Combine(folder, name + ".json"));
        return new SpecificationCase(name, JObject.Parse(text.TrimStart('\uFEFF')));
    }

    public MatchResult Run()
    {
        var specification = Specification();
        return Kind switch
        {
            "request" => PactMatcher.MatchRequest(ReadHttp("request", "expected").Request, ReadHttp("request", "actual").Request, specification),
            "response" => PactMatcher.MatchResponse(ReadHttp("response", "expected").Response, ReadHttp("response", "actual").Response, specification),
            "message" => PactMatcher.MatchMessage(ReadMessage("expected"), ReadMessage("actual"), specification),
            _ => throw new InvalidOperationException($"Unknown kind of case '{Kind}' in {Name}."),
        };
    }

    private PactSpecification Specification() => Version switch
    {
        "version-1" => PactSpecification.V1,
        "version-1.1" => PactSpecification.V1Point1,
        "version-2" => PactSpecification.V2,
        "version-3" => PactSpecification.V3,
        "version-4" => PactSpecification.V4,
        _ => throw new InvalidOperationException($"Unknown version folder '{Version}'."),
    };

    private HttpInteraction ReadHttp(string part, string side)
    {
        var interaction = new JObject
        {
            ["description"] = Name,
            ["request"] = part == "request" ? _json[side]!.DeepClone() : new JObject(),
            ["response"] = part == "response" ? _json[side]!.DeepClone() : new JObject(),
        };
        if (Specification() == PactSpecification.V4)
        {
            interaction["type"] = HttpInteraction.TypeName;
        }

        return (HttpInteraction)ReadPact(new JObject { ["interactions"] = new JArray(interaction) }).Interactions[0];
    }

    private MessageContents ReadMessage(string side)
    {
        var message = (JObject)_json[side]!.DeepClone();
        message["description"] = Name;
        var pact = Specification() == PactSpecification.V4
            ? new JObject { ["interactions"] = new JArray(Tagged(message)) }
            : new JObject { ["messages"] = new JArray(message) };
        return ((AsynchronousMessage)ReadPact(pact).Interactions[0]).Contents;
    }

    private static JObject Tagged(JObject message)
    {
        message["type"] = AsynchronousMessage.TypeName;
        return message;
    }

    private Pact ReadPact(JObject pact)
    {
        pact["consumer"] = new JObject { ["name"] = "consumer" };
        pact["provider"] = new JObject { ["name"] = "provider" };
        pact["metadata"] = new JObject { ["pactSpecification"] = new JObject { ["version"] = Specification().ToVersionString() } };
        return PactFile.Parse(pact.ToString());
    }
}
