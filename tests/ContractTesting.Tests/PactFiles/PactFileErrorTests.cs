using ContractTesting.PactFiles;

namespace ContractTesting.Tests.PactFiles;

/// <summary>A malformed pact gets an error that names where (JSON path) and what is wrong, never a bare JSON-library exception.</summary>
public sealed class PactFileErrorTests
{
    private static string PactWith(string interaction, string version) =>
        "{\"consumer\": {\"name\": \"c\"}, \"provider\": {\"name\": \"p\"}, \"interactions\": [" + interaction +
        "], \"metadata\": {\"pactSpecification\": {\"version\": \"" + version + "\"}}}";

    [Theory]
    [InlineData("""{"description": "d", "request": {"method": 1}, "response": {}}""", "$.interactions[0].request.method", "expected a string but found the number 1")]
    [InlineData("""{"description": 5, "request": {}, "response": {}}""", "$.interactions[0].description", "expected a string")]
    [InlineData("""{"request": {}, "response": {}}""", "$.interactions[0]", "'description' is missing")]
    [InlineData("""{"description": "d", "request": {}, "response": {"status": "ok"}}""", "$.interactions[0].response.status", "expected a whole number")]
    [InlineData("""{"description": "d", "request": {"matchingRules": {"body": {"$.a": {"matchers": [{"match": "fuzzy"}]}}}}, "response": {}}""", "$.interactions[0].request.matchingRules.body['$.a'].matchers[0].match", "'fuzzy' is not a known matching rule")]
    [InlineData("""{"description": "d", "request": {"matchingRules": {"body": {"$.a": {"matchers": [{"match": "regex"}]}}}}, "response": {}}""", "$.interactions[0].request.matchingRules.body['$.a'].matchers[0]", "the attribute 'regex' is missing")]
    [InlineData("""{"description": "d", "request": {"matchingRules": {"body": {"$.a[": {"matchers": []}}}}, "response": {}}""", "$.interactions[0].request.matchingRules.body['$.a[']", "unterminated")]
    [InlineData("""{"description": "d", "request": {"matchingRules": {"body": {"$.a": {"combine": "XOR", "matchers": []}}}}, "response": {}}""", "$.interactions[0].request.matchingRules.body['$.a'].combine", "\"AND\" or \"OR\"")]
    [InlineData("""{"description": "d", "request": {"generators": {"body": {"$.a": {"type": "Magic"}}}}, "response": {}}""", "$.interactions[0].request.generators.body['$.a'].type", "'Magic' is not a known generator type")]
    [InlineData("""{"description": "d", "request": {"query": 3}, "response": {}}""", "$.interactions[0].request.query", "expected a query string or an object")]
    [InlineData("""{"description": "d", "request": {}, "response": {"status": 99999999999999999999}}""", "$.interactions[0].response.status", "the number 99999999999999999999 is too large")]
    [InlineData("""{"description": "d", "request": {}, "response": {"status": 20.5}}""", "$.interactions[0].response.status", "expected a whole number but found the number 20.5")]
    [InlineData("""{"description": "d", "request": {"matchingRules": {"body": {"$.a": {"matchers": [{"match": "type", "min": -1}]}}}}, "response": {}}""", "$.interactions[0].request.matchingRules.body['$.a'].matchers[0].min", "at least 0 but found -1")]
    [InlineData("""{"description": "d", "providerStates": [{"params": {}}], "request": {}, "response": {}}""", "$.interactions[0].providerStates[0]", "'name' is missing")]
    public void Parse_MalformedInteraction_NamesPathAndProblem(string interaction, string path, string problem)
    {
        var json = PactWith(interaction, "3.0.0");

        var error = Assert.Throws<PactFormatException>(() => PactFile.Parse(json));

        Assert.Equal(path, error.JsonPath);
        Assert.Contains(problem, error.Problem, StringComparison.Ordinal);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"type": "Synchronous/Carrier-Pigeon", "description": "d"}""", "$.interactions[0].type", "not a known interaction type")]
    [InlineData("""{"type": "Synchronous/HTTP", "description": "d", "request": {}, "response": {"body": {"content": "!!", "contentType": "image/png", "encoded": "base64"}}}""", "$.interactions[0].response.body.content", "not valid base64")]
    [InlineData("""{"type": "Synchronous/HTTP", "description": "d", "request": {}, "response": {"body": {"content": "x", "contentType": "not a type"}}}""", "$.interactions[0].response.body.contentType", "not a valid content type")]
    [InlineData("""{"type": "Synchronous/HTTP", "description": "d", "request": {}, "response": {"body": {"content": "x", "encoded": "rot13"}}}""", "$.interactions[0].response.body.encoded", "'rot13' is not a known body encoding")]
    [InlineData("""{"type": "Synchronous/HTTP", "description": "d", "pending": "yes", "request": {}, "response": {}}""", "$.interactions[0].pending", "expected true or false")]
    public void Parse_MalformedV4Interaction_NamesPathAndProblem(string interaction, string path, string problem)
    {
        var json = PactWith(interaction, "4.0");

        var error = Assert.Throws<PactFormatException>(() => PactFile.Parse(json));

        Assert.Equal(path, error.JsonPath);
        Assert.Contains(problem, error.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"provider": {"name": "p"}, "interactions": []}""", "$", "'consumer' is missing")]
    [InlineData("""{"consumer": {"name": " "}, "provider": {"name": "p"}}""", "$.consumer.name", "the consumer name is empty")]
    [InlineData("""{"consumer": {"name": "c"}, "provider": {"name": "p"}, "metadata": {"pactSpecification": {"version": "9.0"}}}""", "$.metadata.pactSpecification.version", "'9.0' is not a known Pact specification version")]
    [InlineData("""{"consumer": {"name": "c"}, "provider": {"name": "p"}, "interactions": {}}""", "$.interactions", "expected an array but found an object")]
    [InlineData("""[1, 2]""", "$", "expected an object but found an array")]
    public void Parse_MalformedPact_NamesPathAndProblem(string json, string path, string problem)
    {
        var error = Assert.Throws<PactFormatException>(() => PactFile.Parse(json));

        Assert.Equal(path, error.JsonPath);
        Assert.Contains(problem, error.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"consumer": {"name": "c"}, "provider": """, "not valid JSON")]
    [InlineData("""{"consumer": {"name": "c"}} trailing""", "not valid JSON")]
    [InlineData("""{"consumer": {"name": "c"}, "consumer": {"name": "d"}}""", "not valid JSON")]
    public void Parse_InvalidJson_IsAPactFormatErrorWithTheJsonProblem(string json, string problem)
    {
        var error = Assert.Throws<PactFormatException>(() => PactFile.Parse(json));

        Assert.Contains(problem, error.Problem, StringComparison.Ordinal);
        Assert.IsType<ContractTesting.Json.JsonParseException>(error.InnerException);
    }

    [Fact]
    public void Read_MalformedFile_NamesTheFile()
    {
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + "-broken.json");
        File.WriteAllText(path, PactWith("""{"description": "d", "request": {"method": []}, "response": {}}""", "3.0.0"));

        try
        {
            var error = Assert.Throws<PactFormatException>(() => PactFile.Read(path));

            Assert.Equal(path, error.FilePath);
            Assert.StartsWith($"Invalid pact file '{path}' at $.interactions[0].request.method: expected a string but found an array", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
