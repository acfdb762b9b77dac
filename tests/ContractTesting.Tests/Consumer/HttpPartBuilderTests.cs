using System.Net.Http.Headers;
using System.Text;
using System.Xml.Linq;
using ContractTesting.Tests.Support;

namespace ContractTesting.Tests.Consumer;

public sealed class HttpPartBuilderTests
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0xFF, 0x00];

    [Fact]
    public async Task WithBody_Text_WritesTextWithContentTypeAndServesIt()
    {
        string? served = null;

        var pact = await ConsumerRun.RespondAsync(
            response => response.WithBody("id,name\n1,Ada\n", "text/csv; charset=utf-8"),
            async answer => served = await answer.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal("id,name\n1,Ada\n", served);
        JsonAssert.Equal("""{"content":"id,name\n1,Ada\n","contentType":"text/csv; charset=utf-8","encoded":false}""", pact.At("response", "body"));
        JsonAssert.Equal("""["text/csv; charset=utf-8"]""", pact.At("response", "headers", "Content-Type"));
    }

    [Fact]
    public async Task WithXmlBody_Element_WritesDeclarationAndElementAndAppliesBodyMatchers()
    {
        var user = new XElement("user", new XAttribute("id", "1"), new XElement("name", "Ada"));

        var pact = await ConsumerRun.RequestAsync(
            interaction => interaction.WithRequest(HttpMethod.Post, "/users")
                .WithXmlBody(user)
                .WithBodyMatcher("$.user['@id']", Match.WholeNumber(1))
                .WithBodyMatcher("$.user.name['#text']", Match.Type("Ada")),
            client => client.PostAsync(
                new Uri("users", UriKind.Relative),
                new StringContent("<?xml version=\"1.0\"?><user id=\"99\"><name>Grace</name></user>", Encoding.UTF8, "application/xml"),
                TestContext.Current.CancellationToken));

        Assert.Equal("""<?xml version="1.0" encoding="UTF-8"?><user id="1"><name>Ada</name></user>""", pact.At("request", "body", "content")?.ToString());
        Assert.Equal("application/xml", pact.At("request", "body", "contentType")?.ToString());
        JsonAssert.Equal("""[{"match":"integer"}]""", pact.Rules("request", "body", "$.user['@id']"));
        JsonAssert.Equal("""[{"match":"type"}]""", pact.Rules("request", "body", "$.user.name['#text']"));
    }

    [Fact]
    public async Task WithBinaryBody_Bytes_WritesBase64AndServesSameBytes()
    {
        byte[]? served = null;
        string? type = null;

        var pact = await ConsumerRun.RespondAsync(
            response => response.WithBinaryBody(Png, "image/png"),
            async answer =>
            {
                served = await answer.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
                type = answer.Content.Headers.ContentType?.MediaType;
            });

        Assert.Equal(Png, served);
        Assert.Equal("image/png", type);
        JsonAssert.Equal($$"""{"content":"{{Convert.ToBase64String(Png)}}","contentType":"image/png","encoded":"base64"}""", pact.At("response", "body"));
        Assert.Equal(Png, pact.Http().Response.Body.Content.ToArray());
    }

    [Fact]
    public async Task WithBodyMatcher_ContentTypeOnBinaryRequest_AcceptsOtherBytesOfThatType()
    {
        byte[] otherPng = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x01, 0x02, 0x03];

        var pact = await ConsumerRun.RequestAsync(
            interaction => interaction.WithRequest(HttpMethod.Put, "/avatar")
                .WithBinaryBody(Png, "image/png")
                .WithBodyMatcher("$", Match.ContentType(null, "image/png")),
            client =>
            {
                var content = new ByteArrayContent(otherPng);
                content.Headers.ContentType = new MediaTypeHeaderValue("image/png");
                return client.PutAsync(new Uri("avatar", UriKind.Relative), content, TestContext.Current.CancellationToken);
            });

        JsonAssert.Equal("""[{"match":"contentType","value":"image/png"}]""", pact.Rules("request", "body", "$"));
    }

    [Fact]
    public async Task WithFormBody_ListProperty_GivesRepeatedFieldAndMatchersApplyPerField()
    {
        var pact = await ConsumerRun.RequestAsync(
            interaction => interaction.WithRequest(HttpMethod.Post, "/signup")
                .WithFormBody(new { Name = "Ada Lovelace", Tags = (string[])["math", "poetry"], Age = Match.WholeNumber(36) }),
            client => client.PostAsync(
                new Uri("signup", UriKind.Relative),
                new FormUrlEncodedContent([new("name", "Ada Lovelace"), new("tags", "math"), new("tags", "poetry"), new("age", "41")]),
                TestContext.Current.CancellationToken));

        Assert.Equal("name=Ada%20Lovelace&tags=math&tags=poetry&age=36", pact.At("request", "body", "content")?.ToString());
        Assert.Equal("application/x-www-form-urlencoded", pact.At("request", "body", "contentType")?.ToString());
        JsonAssert.Equal("""[{"match":"integer"}]""", pact.Rules("request", "body", "$.age"));
    }

    [Fact]
    public async Task WithFormBody_MinTypeList_AcceptsMoreRepeatedFields()
    {
        var pact = await ConsumerRun.RequestAsync(
            interaction => interaction.WithRequest(HttpMethod.Post, "/tags").WithFormBody(new { tag = Match.MinType("a", 2) }),
            client => client.PostAsync(
                new Uri("tags", UriKind.Relative),
                new FormUrlEncodedContent([new("tag", "x"), new("tag", "y"), new("tag", "z")]),
                TestContext.Current.CancellationToken));

        Assert.Equal("tag=a&tag=a", pact.At("request", "body", "content")?.ToString());
        JsonAssert.Equal("""[{"match":"type","min":2}]""", pact.Rules("request", "body", "$.tag"));
    }

    [Fact]
    public void WithFormBody_NotAnObject_Throws()
    {
        using var contract = Contract.Between(ConsumerRun.ConsumerName, ConsumerRun.ProviderName);
        var request = contract.UponReceiving("a form").WithRequest(HttpMethod.Post, "/form");

        var error = Assert.Throws<ArgumentException>(() => request.WithFormBody(new List<string> { "a", "b" }));

        Assert.Contains("object whose properties are the fields", error.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(contract.Dispose);
    }

    [Fact]
    public async Task WithJsonBody_CustomContentType_IsUsedForBodyAndHeader()
    {
        var pact = await ConsumerRun.RespondAsync(response => response.WithJsonBody(new { id = 1 }, "application/vnd.api+json"));

        Assert.Equal("application/vnd.api+json", pact.At("response", "body", "contentType")?.ToString());
        JsonAssert.Equal("""["application/vnd.api+json"]""", pact.At("response", "headers", "Content-Type"));
    }

    [Fact]
    public async Task WithJsonBody_AfterContentTypeHeader_ReplacesHeaderInsteadOfAddingSecondValue()
    {
        var pact = await ConsumerRun.RespondAsync(response => response.WithHeader("content-type", "text/plain").WithJsonBody(new { id = 1 }));

        JsonAssert.Equal("""{"Content-Type":["application/json"]}""", pact.At("response", "headers"));
    }

    [Fact]
    public async Task WithJsonBody_CalledTwice_LastBodyAndItsRulesWin()
    {
        var pact = await ConsumerRun.RespondAsync(response => response
            .WithJsonBody(new { first = Match.Type("x") })
            .WithJsonBody(new { second = Match.WholeNumber(2) }));

        JsonAssert.Equal("""{"second":2}""", pact.At("response", "body", "content"));
        JsonAssert.Equal("""{"$.second":{"combine":"AND","matchers":[{"match":"integer"}]}}""", pact.At("response", "matchingRules", "body"));
    }

    [Fact]
    public async Task WithBodyMatcher_BeforeJsonBody_IsKept()
    {
        var pact = await ConsumerRun.RespondAsync(response => response
            .WithBodyMatcher("$.id", Match.WholeNumber(1))
            .WithJsonBody(new { id = 1 }));

        JsonAssert.Equal("""[{"match":"integer"}]""", pact.Rules("response", "body", "$.id"));
    }

    [Fact]
    public async Task WithHeader_SameNameTwice_WritesBothValuesInOrder()
    {
        var pact = await ConsumerRun.RespondAsync(response => response.WithHeader("X-Trace", "a").WithHeader("x-trace", "b"));

        JsonAssert.Equal("""{"X-Trace":["a","b"]}""", pact.At("response", "headers"));
    }
}
