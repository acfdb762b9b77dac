using System.Text;
using ContractTesting.Models;
using ContractTesting.PactFiles;
using ContractTesting.Rules;
using ContractTesting.Tests.Support;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Tests.PactFiles;

public sealed class PactFileReadTests
{
    [Theory]
    [InlineData("v1.json", PactSpecification.V1)]
    [InlineData("v1_1.json", PactSpecification.V1Point1)]
    [InlineData("v2.json", PactSpecification.V2)]
    [InlineData("v3.json", PactSpecification.V3)]
    [InlineData("v4.json", PactSpecification.V4)]
    public void Read_VersionInMetadata_SetsSpecification(string file, PactSpecification expected)
    {
        var pact = PactFile.Read(TestFiles.DataPath("pacts/" + file));

        Assert.Equal(expected, pact.Specification);
        Assert.Equal("OrderService", pact.Consumer.Name);
        Assert.Equal("UserService", pact.Provider.Name);
    }

    [Fact]
    public void Read_V1_KeepsQueryStringAndProviderState()
    {
        var pact = PactFile.Read(TestFiles.DataPath("pacts/v1.json"));

        var interaction = Assert.IsType<HttpInteraction>(pact.Interactions[0]);
        Assert.Equal("alligators exist", Assert.Single(interaction.ProviderStates).Name);
        Assert.Equal("name=Mary&type=water", interaction.Request.Query.RawText);
        Assert.Equal(["Mary"], interaction.Request.Query["name"]);
        Assert.Equal("""[{"name":"Mary"}]""", interaction.Response.Body.AsText());
    }

    [Fact]
    public void Read_V2FlatRules_GroupsThemByCategory()
    {
        var pact = PactFile.Read(TestFiles.DataPath("pacts/v2.json"));

        var interaction = (HttpInteraction)pact.Interactions[0];
        Assert.IsType<RegexRule>(Assert.Single(interaction.Request.MatchingRules.Category("path").Rules).Value.Rules[0]);
        Assert.Equal("X-Request-Id", Assert.Single(interaction.Request.MatchingRules.Category("header").Rules).Key.FirstField);
        var body = interaction.Response.MatchingRules.Category("body").Rules.ToDictionary(r => r.Key.Expression, r => r.Value.Rules[0]);
        Assert.Equal(new TypeRule(Min: 1), body["$.orders"]);
        Assert.Equal(new TypeRule(), body["$.orders[*].total"]);
    }

    [Fact]
    public void Read_V3ProviderStateParameters_KeepTheirJsonTypes()
    {
        var pact = PactFile.Read(TestFiles.DataPath("pacts/v3.json"));

        var parameters = pact.Interactions[0].ProviderStates[0].Parameters;
        Assert.Equal(JTokenType.Integer, parameters["id"].Type);
        Assert.Equal(JTokenType.Boolean, parameters["vip"].Type);
        Assert.Equal(JTokenType.Array, parameters["tags"].Type);
        Assert.Equal("Springfield", parameters["address"]["city"]!.Value<string>());
        Assert.Empty(pact.Interactions[0].ProviderStates[1].Parameters);
    }

    [Fact]
    public void Read_V3BodyStates_KeepNullEmptyAndMissingApart()
    {
        var pact = PactFile.Read(TestFiles.DataPath("pacts/v3.json"));

        var interaction = (HttpInteraction)pact.Interactions[2];
        Assert.Equal(BodyState.Null, interaction.Request.Body.State);
        Assert.Equal(BodyState.Empty, interaction.Response.Body.State);
        Assert.Equal(BodyState.Missing, ((HttpInteraction)pact.Interactions[1]).Request.Body.State);
    }

    [Fact]
    public void Read_V3MessagePact_ReadsMessagesWithMetadata()
    {
        var pact = PactFile.Read(TestFiles.DataPath("pacts/v3-message.json"));

        var message = Assert.IsType<AsynchronousMessage>(Assert.Single(pact.Interactions));
        Assert.Equal("users", message.Contents.Metadata["topic"].Value<string>());
        Assert.Equal("application/json", message.Contents.ContentType?.MediaType);
        Assert.IsType<IntegerRule>(message.Contents.MatchingRules.Category("body").Rules[0].Value.Rules[0]);
    }

    [Fact]
    public void Read_V4_ReadsEveryInteractionTypeAndV4Field()
    {
        var pact = PactFile.Read(TestFiles.DataPath("pacts/v4.json"));

        var avatar = Assert.IsType<HttpInteraction>(pact.Interactions[0]);
        Assert.Equal("c2a5f3e1", avatar.Key);
        Assert.True(avatar.Pending);
        Assert.Equal("AvatarTests.Get_ExistingUser_ReturnsPng", avatar.Comments["testname"].Value<string>());
        Assert.Equal("broker-assigned-id", avatar.Extensions["_id"].Value<string>());
        Assert.Equal(Convert.FromBase64String("iVBORw0KGgo="), avatar.Response.Body.Content.ToArray());
        Assert.Equal("image/png", avatar.Response.Body.ContentType?.MediaType);
        Assert.Equal(ContentTypeHint.Text, ((HttpInteraction)pact.Interactions[1]).Request.Body.Hint);
        Assert.IsType<ArrayContainsRule>(((AsynchronousMessage)pact.Interactions[2]).Contents.MatchingRules.Category("content").Rules[0].Value.Rules[0]);
        var quote = Assert.IsType<SynchronousMessage>(pact.Interactions[3]);
        Assert.Equal("quote 7", quote.Request.Contents.AsText());
        Assert.Equal("EUR", Assert.Single(quote.Responses).Metadata["currency"].Value<string>());
    }

    [Fact]
    public void Parse_ByteOrderMark_IsAccepted()
    {
        var text = "\uFEFF" + File.ReadAllText(TestFiles.DataPath("pacts/v1.json"));

        var pact = PactFile.Parse(text);

        Assert.Equal(2, pact.Interactions.Count);
    }

    [Fact]
    public void Read_FileWithByteOrderMark_IsAccepted()
    {
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, File.ReadAllText(TestFiles.DataPath("pacts/v2.json")), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        try
        {
            var pact = PactFile.Read(path);

            Assert.Equal(PactSpecification.V2, pact.Specification);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("""{"type": "Synchronous/HTTP", "description": "d", "request": {}, "response": {}}""", PactSpecification.V4)]
    [InlineData("""{"description": "d", "providerStates": [{"name": "s"}], "request": {}, "response": {}}""", PactSpecification.V3)]
    [InlineData("""{"description": "d", "request": {"matchingRules": {"body": {}}}, "response": {}}""", PactSpecification.V3)]
    [InlineData("""{"description": "d", "providerState": "s", "request": {}, "response": {}}""", PactSpecification.V2)]
    public void Parse_NoVersionInMetadata_InfersItFromTheInteractions(string interaction, PactSpecification expected)
    {
        var json = $$"""{"consumer": {"name": "c"}, "provider": {"name": "p"}, "interactions": [{{interaction}}]}""";

        var pact = PactFile.Parse(json);

        Assert.Equal(expected, pact.Specification);
    }

    [Fact]
    public void Parse_OlderSpellings_AreUnderstood()
    {
        var json = """
            {
              "consumer": {"name": "c"}, "provider": {"name": "p"},
              "interactions": [{"description": "d", "provider_state": "old state", "request": {}, "response": {"status": 200}}],
              "metadata": {"pact-specification": {"version": "2.0.0"}}
            }
            """;

        var pact = PactFile.Parse(json);

        Assert.Equal(PactSpecification.V2, pact.Specification);
        Assert.Equal("old state", Assert.Single(pact.Interactions[0].ProviderStates).Name);
    }

    [Fact]
    public void Parse_V3JsonBodyGivenAsString_IsReadAsJson()
    {
        var json = """
            {"consumer": {"name": "c"}, "provider": {"name": "p"}, "metadata": {"pactSpecification": {"version": "3.0.0"}},
             "interactions": [{"description": "d", "request": {}, "response": {"headers": {"Content-Type": "application/json"}, "body": "{\"id\": 1}"}}]}
            """;

        var response = ((HttpInteraction)PactFile.Parse(json).Interactions[0]).Response;

        Assert.Equal(1, response.Body.ParseJson()["id"]!.Value<int>());
    }

    [Fact]
    public void Parse_V4JsonContentGivenAsString_IsAJsonString()
    {
        var json = """
            {"consumer": {"name": "c"}, "provider": {"name": "p"}, "metadata": {"pactSpecification": {"version": "4.0"}},
             "interactions": [{"type": "Synchronous/HTTP", "description": "d", "request": {},
               "response": {"body": {"content": "hello", "contentType": "application/json", "encoded": false}}}]}
            """;

        var response = ((HttpInteraction)PactFile.Parse(json).Interactions[0]).Response;

        Assert.Equal("\"hello\"", response.Body.AsText());
    }

    [Fact]
    public void Parse_V2BinaryBodyForBinaryContentType_IsBase64Decoded()
    {
        var json = """
            {"consumer": {"name": "c"}, "provider": {"name": "p"}, "metadata": {"pactSpecification": {"version": "2.0.0"}},
             "interactions": [{"description": "d", "request": {}, "response": {"headers": {"Content-Type": "application/octet-stream"}, "body": "AAEC"}}]}
            """;

        var response = ((HttpInteraction)PactFile.Parse(json).Interactions[0]).Response;

        Assert.Equal(new byte[] { 0, 1, 2 }, response.Body.Content.ToArray());
    }

    [Fact]
    public void Parse_HeaderAndHeadersCategories_AreMerged()
    {
        var json = """
            {"consumer": {"name": "c"}, "provider": {"name": "p"}, "metadata": {"pactSpecification": {"version": "3.0.0"}},
             "interactions": [{"description": "d", "request": {"matchingRules": {
                "header": {"A": {"matchers": [{"match": "regex", "regex": "a"}]}},
                "headers": {"B": {"matchers": [{"match": "regex", "regex": "b"}]}}}}, "response": {}}]}
            """;

        var rules = ((HttpInteraction)PactFile.Parse(json).Interactions[0]).Request.MatchingRules.Category("header");

        Assert.Equal(["A", "B"], rules.Rules.Select(r => r.Key.FirstField));
    }

    [Fact]
    public void Parse_MessageWithOldProviderStateSpelling_IsNotKeptTwice()
    {
        var json = """
            {"consumer": {"name": "c"}, "provider": {"name": "p"}, "metadata": {"pactSpecification": {"version": "3.0.0"}},
             "messages": [{"description": "d", "provider_state": "s", "contents": {"a": 1}}]}
            """;

        var message = PactFile.Parse(json).Interactions[0];

        Assert.Equal("s", Assert.Single(message.ProviderStates).Name);
        Assert.Empty(message.Extensions);
    }
}
