using ContractTesting.Tests.Support;
using Newtonsoft.Json;
using Newtonsoft.Json.Converters;
using Newtonsoft.Json.Serialization;

namespace ContractTesting.Tests.Consumer;

public sealed class BodyJsonTests
{
    [Fact]
    public async Task WithJsonBody_DefaultSettings_WritesCamelCaseNames()
    {
        var body = new { UserName = "Ada", HomeAddress = new { ZipCode = "N1 9GU" } };

        var pact = await ConsumerRun.RespondAsync(response => response.WithJsonBody(body));

        JsonAssert.Equal("""{"userName":"Ada","homeAddress":{"zipCode":"N1 9GU"}}""", pact.At("response", "body", "content"));
    }

    [Fact]
    public async Task WithJsonBody_NewtonsoftJsonProperty_KeepsGivenName()
    {
        var pact = await ConsumerRun.RespondAsync(response => response.WithJsonBody(new LegacyUser(7, "Ada")));

        JsonAssert.Equal("""{"user_id":7,"displayName":"Ada"}""", pact.At("response", "body", "content"));
    }

    [Fact]
    public async Task WithJsonBody_SystemTextJsonAttributes_RenameAndIgnore()
    {
        var pact = await ConsumerRun.RespondAsync(response => response.WithJsonBody(new ModernUser { Email = "ada@example.com", Password = "secret", Name = "Ada" }));

        JsonAssert.Equal("""{"e-mail":"ada@example.com","name":"Ada"}""", pact.At("response", "body", "content"));
    }

    [Fact]
    public async Task WithJsonBody_DictionaryKeys_AreKeptAsWritten()
    {
        var body = new { Scores = new Dictionary<string, int> { ["AdaLovelace"] = 1, ["snake_case"] = 2 } };

        var pact = await ConsumerRun.RespondAsync(response => response.WithJsonBody(body));

        JsonAssert.Equal("""{"scores":{"AdaLovelace":1,"snake_case":2}}""", pact.At("response", "body", "content"));
    }

    [Fact]
    public async Task WithJsonBody_NullProperty_IsWritten()
    {
        var pact = await ConsumerRun.RespondAsync(response => response.WithJsonBody(new { MiddleName = (string?)null }));

        JsonAssert.Equal("""{"middleName":null}""", pact.At("response", "body", "content"));
    }

    [Fact]
    public async Task WithJsonBody_DateTimeOffset_WritesIso8601()
    {
        var pact = await ConsumerRun.RespondAsync(response => response.WithJsonBody(new { At = new DateTimeOffset(2024, 2, 29, 10, 15, 30, TimeSpan.FromHours(1)) }));

        JsonAssert.Equal("""{"at":"2024-02-29T10:15:30+01:00"}""", pact.At("response", "body", "content"));
    }

    [Fact]
    public async Task WithJsonBody_CustomSettings_AreHonoured()
    {
        var settings = new JsonSerializerSettings
        {
            ContractResolver = new DefaultContractResolver(),
            NullValueHandling = NullValueHandling.Ignore,
            Converters = [new StringEnumConverter()],
        };
        var body = new { OrderId = Match.WholeNumber(5), Status = DayOfWeek.Friday, Note = (string?)null };

        var pact = await ConsumerRun.RespondAsync(response => response.WithJsonBody(body), options: new ContractOptions { JsonSettings = settings });

        JsonAssert.Equal("""{"OrderId":5,"Status":"Friday"}""", pact.At("response", "body", "content"));
        JsonAssert.Equal("""[{"match":"integer"}]""", pact.Rules("response", "body", "$.OrderId"));
    }

    [Fact]
    public async Task WithJsonBody_MatcherInDtoProperty_IsExpanded()
    {
        var pact = await ConsumerRun.RespondAsync(response => response.WithJsonBody(new Priced("pen", Match.DecimalNumber(2.5m))));

        JsonAssert.Equal("""{"name":"pen","price":2.5}""", pact.At("response", "body", "content"));
        JsonAssert.Equal("""[{"match":"decimal"}]""", pact.Rules("response", "body", "$.price"));
    }

    [Fact]
    public async Task WithJsonBody_MatcherUnderNumericDictionaryKey_RuleNamesTheField()
    {
        var body = new { Totals = new Dictionary<string, object> { ["2024"] = Match.WholeNumber(10) } };

        var pact = await ConsumerRun.RespondAsync(response => response.WithJsonBody(body));

        JsonAssert.Equal("""{"totals":{"2024":10}}""", pact.At("response", "body", "content"));
        JsonAssert.Equal("""{"$.totals['2024']":{"combine":"AND","matchers":[{"match":"integer"}]}}""", pact.At("response", "matchingRules", "body"));
    }

    [Fact]
    public async Task WithJsonBody_MatcherUnderStarDictionaryKey_RuleNamesTheFieldNotEveryField()
    {
        var body = new { Flags = new Dictionary<string, object> { ["*"] = Match.Boolean(true), ["beta"] = "on" } };

        var pact = await ConsumerRun.RespondAsync(response => response.WithJsonBody(body));

        JsonAssert.Equal("""{"$.flags['*']":{"combine":"AND","matchers":[{"match":"boolean"}]}}""", pact.At("response", "matchingRules", "body"));
    }

    [Fact]
    public async Task WithJsonBody_ArrayBody_IsWritten()
    {
        var pact = await ConsumerRun.RespondAsync(response => response.WithJsonBody(new object[] { 1, "two", Match.Boolean(true) }));

        JsonAssert.Equal("""[1,"two",true]""", pact.At("response", "body", "content"));
        JsonAssert.Equal("""[{"match":"boolean"}]""", pact.Rules("response", "body", "$[2]"));
    }

    private sealed record LegacyUser([property: JsonProperty("user_id")] int Id, string DisplayName);

    private sealed record Priced(string Name, Matcher Price);

    private sealed class ModernUser
    {
        [System.Text.Json.Serialization.JsonPropertyName("e-mail")]
        public required string Email { get; init; }

        [System.Text.Json.Serialization.JsonIgnore]
        public required string Password { get; init; }

        public required string Name { get; init; }
    }
}
