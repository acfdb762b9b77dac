using System.Net.Http.Headers;
using System.Text;
using ContractTesting.Bodies;
using ContractTesting.Tests.Support;

namespace ContractTesting.Tests.Consumer;

public sealed class MultipartBuilderTests
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0xFF];

    [Fact]
    public async Task WithMultipartBody_Parts_ParseBackWithNamesTypesAndContent()
    {
        var pact = await Upload(SameParts);

        var body = pact.Http().Request.Body;
        var parsed = MultipartParser.Parse(body.Content.Span, pact.Http().Request.ContentType!.ToString());
        Assert.Equal(["note", "meta", "photo"], parsed.Parts.Select(p => p.Name));
        Assert.Equal("hello", Encoding.UTF8.GetString(parsed.Parts[0].Body));
        Assert.Equal("text/plain; charset=utf-8", parsed.Parts[0].ContentType);
        Assert.Equal("""{"id":1,"kind":"avatar"}""", Encoding.UTF8.GetString(parsed.Parts[1].Body));
        Assert.Equal("application/json", parsed.Parts[1].ContentType);
        Assert.Equal("ada.png", parsed.Parts[2].FileName);
        Assert.Equal("image/png", parsed.Parts[2].ContentType);
        Assert.Equal(Png, parsed.Parts[2].Body);
        Assert.StartsWith("multipart/form-data; boundary=", pact.At("request", "body", "contentType")?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithMultipartBody_JsonPartMatchers_AreRootedAtPartName()
    {
        var pact = await Upload(SameParts);

        JsonAssert.Equal("""[{"match":"integer"}]""", pact.Rules("request", "body", "$.meta.id"));
        JsonAssert.Equal("""[{"match":"contentType","value":"image/png"}]""", pact.Rules("request", "body", "$.photo"));
    }

    [Fact]
    public async Task WithMultipartBody_ContentTypeHeader_HasRuleAcceptingAnyBoundary()
    {
        var pact = await Upload(SameParts);

        JsonAssert.Equal("""[{"match":"regex","regex":"multipart/form-data;(\\s*charset=[^;]*;)?\\s*boundary=.*"}]""", pact.Rules("request", "header", "Content-Type"));
        Assert.Single(pact.Http().Request.Headers["Content-Type"]);
    }

    [Fact]
    public async Task WithMultipartBody_ClientSendsOtherValuesAllowedByMatchers_Passes()
    {
        var pact = await Upload(() =>
        {
            byte[] otherPng = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x42];
            return Parts("hello", """{"id":977,"kind":"avatar"}""", otherPng);
        });

        Assert.Single(pact.Pact.Interactions);
    }

    [Fact]
    public async Task WithMultipartBody_SameParts_GiveSameBytes()
    {
        var first = await Upload(SameParts);
        var second = await Upload(SameParts);

        Assert.Equal(first.Http().Request.Body.Content.ToArray(), second.Http().Request.Body.Content.ToArray());
    }

    private static MultipartFormDataContent SameParts() => Parts("hello", """{"id":1,"kind":"avatar"}""", Png);

    private static MultipartFormDataContent Parts(string note, string meta, byte[] photo)
    {
        var file = new ByteArrayContent(photo);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        return new MultipartFormDataContent
        {
            { new StringContent(note, Encoding.UTF8, "text/plain"), "note" },
            { new StringContent(meta, Encoding.UTF8, "application/json"), "meta" },
            { file, "photo", "ada.png" },
        };
    }

    private static Task<WrittenPact> Upload(Func<MultipartFormDataContent> content) =>
        ConsumerRun.RequestAsync(
            interaction => interaction.WithRequest(HttpMethod.Post, "/uploads")
                .WithMultipartBody(parts => parts
                    .AddText("note", "hello")
                    .AddJson("meta", new { id = Match.WholeNumber(1), kind = "avatar" })
                    .AddFile("photo", "ada.png", Png, "image/png"))
                .WithBodyMatcher("$.photo", Match.ContentType(null, "image/png")),
            async client =>
            {
                using var body = content();
                return await client.PostAsync(new Uri("uploads", UriKind.Relative), body, TestContext.Current.CancellationToken);
            });
}
