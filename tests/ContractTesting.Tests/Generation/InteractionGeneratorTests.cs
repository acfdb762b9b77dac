using ContractTesting.Generation;
using ContractTesting.Json;
using ContractTesting.Models;
using ContractTesting.Rules;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Tests.Generation;

public sealed partial class InteractionGeneratorTests
{
    private static Generators One(string category, string path, Generator generator) =>
        Generators.Empty.With(category, path.Length == 0 ? DocPath.Empty : DocPath.Parse(path), generator);

    private static HttpRequest JsonRequest(string json, Generators generators) => new()
    {
        Method = "POST",
        Path = "/orders",
        Headers = HeaderCollection.From([new("Content-Type", "application/json")]),
        Body = Body.FromText(json),
        Generators = generators,
    };

    private static JToken Json(Body body) => PactJson.Parse(body.AsText());

    private static string Canonical(Body body) => PactJson.Canonical(Json(body));

    private static string Canonical(string json) => PactJson.Canonical(PactJson.Parse(json));
}
