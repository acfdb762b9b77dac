using ContractTesting.Generation;
using ContractTesting.Json;
using ContractTesting.Models;
using ContractTesting.PactFiles;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Tests.Generation;

public sealed class GeneratorTests
{
    public static TheoryData<string> GeneratorJson =>
    [
        """{"type":"RandomInt","min":1,"max":9}""",
        """{"type":"RandomDecimal","digits":4}""",
        """{"type":"RandomHexadecimal","digits":8}""",
        """{"type":"RandomString","size":20}""",
        """{"type":"Regex","regex":"\\d{1,8}"}""",
        """{"type":"Date"}""",
        """{"type":"Date","format":"dd/MM/yyyy","expression":"+ 1 day"}""",
        """{"type":"Time","format":"HH:mm"}""",
        """{"type":"DateTime","expression":"tomorrow @ noon"}""",
        """{"type":"Uuid"}""",
        """{"type":"Uuid","format":"simple"}""",
        """{"type":"Uuid","format":"URN"}""",
        """{"type":"RandomBoolean"}""",
        """{"type":"ProviderState","expression":"${id}","dataType":"INTEGER"}""",
        """{"type":"ProviderState","expression":"/users/${id}"}""",
        """{"type":"MockServerURL","example":"http://localhost:8080/orders/1","regex":".*(/orders/\\d+)$"}""",
    ];

    [Theory]
    [MemberData(nameof(GeneratorJson))]
    public void ToJson_GeneratorReadFromPactFile_WritesSameJson(string generatorJson)
    {
        var pact = PactFile.Parse(PactWith(generatorJson));

        var written = JObject.Parse(PactFile.Serialize(pact));

        var request = ((HttpInteraction)pact.Interactions[0]).Request;
        var expected = JObject.Parse(generatorJson);
        AssertJsonEqual(expected, request.Generators.Category("body")[0].Value.ToJson());
        AssertJsonEqual(expected, written.SelectToken("interactions[0].request.generators.body['$.id']")!);
        AssertJsonEqual(expected, written.SelectToken("interactions[0].request.generators.path")!);
        AssertJsonEqual(expected, written.SelectToken("interactions[0].request.generators.header['X-Id']")!);
    }

    [Fact]
    public void ToString_AnyGenerator_IsCompactJsonWithSortedKeys()
    {
        var generator = new DateTimeGenerator("yyyy", "now");

        var text = generator.ToString();

        Assert.Equal("""{"expression":"now","format":"yyyy","type":"DateTime"}""", text);
    }

    public static TheoryData<Generator, string> TypeNames => new()
    {
        { new RandomIntGenerator(), "RandomInt" },
        { new RandomDecimalGenerator(), "RandomDecimal" },
        { new RandomHexadecimalGenerator(), "RandomHexadecimal" },
        { new RandomStringGenerator(), "RandomString" },
        { new RegexGenerator("a"), "Regex" },
        { new DateGenerator(), "Date" },
        { new TimeGenerator(), "Time" },
        { new DateTimeGenerator(), "DateTime" },
        { new UuidGenerator(), "Uuid" },
        { new RandomBooleanGenerator(), "RandomBoolean" },
        { new ProviderStateGenerator("a"), "ProviderState" },
        { new MockServerUrlGenerator("a", "(a)"), "MockServerURL" },
    };

    [Theory]
    [MemberData(nameof(TypeNames))]
    public void Type_Generator_IsPactFileName(Generator generator, string expected)
    {
        var type = generator.Type;

        Assert.Equal(expected, type);
        Assert.Equal(expected, generator.ToJson()["type"]!.Value<string>());
    }

    private static void AssertJsonEqual(JToken expected, JToken actual) =>
        Assert.True(JToken.DeepEquals(expected, actual), $"Expected {PactJson.Canonical(expected)} but got {PactJson.Canonical(actual)}.");

    private static string PactWith(string generatorJson) => $$"""
        {
          "consumer": { "name": "OrderService" },
          "provider": { "name": "UserService" },
          "interactions": [
            {
              "type": "Synchronous/HTTP",
              "description": "a request for a user",
              "request": {
                "method": "POST",
                "path": "/users/1",
                "headers": { "Content-Type": ["application/json"], "X-Id": ["1"] },
                "body": { "content": { "id": 1 }, "contentType": "application/json", "encoded": false },
                "generators": {
                  "body": { "$.id": {{generatorJson}} },
                  "path": {{generatorJson}},
                  "header": { "X-Id": {{generatorJson}} }
                }
              },
              "response": { "status": 200 }
            }
          ],
          "metadata": { "pactSpecification": { "version": "4.0" } }
        }
        """;
}
