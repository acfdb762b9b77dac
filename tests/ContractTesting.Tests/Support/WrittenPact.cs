using ContractTesting.Json;
using ContractTesting.Models;
using ContractTesting.PactFiles;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Tests.Support;

/// <summary>A pact file as written: its JSON, and the pact <see cref="PactFile.Read"/> makes of it.</summary>
internal sealed record WrittenPact(JObject Json, Pact Pact)
{
    public static WrittenPact Load(string path)
    {
        Assert.True(File.Exists(path), $"No pact file was written at '{path}'.");
        return new((JObject)PactJson.Parse(File.ReadAllText(path)), PactFile.Read(path));
    }

    /// <summary>The JSON of an interaction (or of a V3 message pact's message), in file order.</summary>
    public JObject Interaction(int index = 0) => (JObject)(Json["interactions"] ?? Json["messages"])![index]!;

    /// <summary>The model of an HTTP interaction, in file order.</summary>
    public HttpInteraction Http(int index = 0) => Assert.IsType<HttpInteraction>(Pact.Interactions[index]);

    /// <summary>The descriptions of the interactions, in file order.</summary>
    public IReadOnlyList<string> Descriptions => [.. Pact.Interactions.Select(i => i.Description)];

    /// <summary>A value of the first interaction found by walking property names (and array indexes as digits).</summary>
    public JToken? At(params string[] keys)
    {
        JToken? token = Interaction();
        foreach (var key in keys)
        {
            token = token switch
            {
                JObject obj => obj[key],
                JArray array when int.TryParse(key, System.Globalization.CultureInfo.InvariantCulture, out var index) && index < array.Count => array[index],
                _ => null,
            };
        }

        return token;
    }

    /// <summary>The matchers written for a path of a category, e.g. <c>Rules("response", "body", "$.id")</c>.</summary>
    public JToken? Rules(string part, string category, string path) => At(part, "matchingRules", category, path, "matchers");

    /// <summary>The generator written for a path of a category, e.g. <c>Generator("response", "body", "$.id")</c>.</summary>
    public JToken? Generator(string part, string category, string path) => At(part, "generators", category, path);
}
