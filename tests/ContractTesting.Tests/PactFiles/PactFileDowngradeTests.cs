using ContractTesting.Models;
using ContractTesting.PactFiles;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Tests.PactFiles;

/// <summary>Writing a V4 pact as V3 keeps every body exactly, or refuses: V1–V3 files cannot mark how a body is encoded.</summary>
public sealed class PactFileDowngradeTests
{
    [Theory]
    [InlineData("application/octet-stream", new byte[] { 0, 1, 2, 3 })]
    [InlineData("text/plain; charset=iso-8859-1", new byte[] { 0x63, 0x61, 0x66, 0xE9 })]
    [InlineData("text/plain", new byte[] { 0x3C, 0x62, 0x3E, 0x68, 0x69, 0x3C, 0x2F, 0x62, 0x3E })]
    public void Serialize_V4BodyWithoutHeaderAsV3_ReadsBackIdentically(string contentType, byte[] content)
    {
        var pact = PactWith(Body.FromBytes(content, ContentType.Parse(contentType)));

        var reread = (HttpInteraction)PactFile.Parse(PactFile.Serialize(pact, PactSpecification.V3)).Interactions[0];

        Assert.Equal(content, reread.Response.Body.Content.ToArray());
        Assert.Equal(ContentType.Parse(contentType).MediaType, reread.Response.ContentType?.MediaType);
    }

    [Fact]
    public void Serialize_JsonStringThatLooksLikeAnObjectAsV3_FailsNamingTheInteraction()
    {
        var pact = PactWith(Body.FromJson(new JValue("{\"a\":1}")));

        var error = Assert.Throws<InvalidOperationException>(() => PactFile.Serialize(pact, PactSpecification.V3));

        Assert.Contains("'a body' cannot be written as specification 3.0.0", error.Message, StringComparison.Ordinal);
        Assert.Contains("would read back differently", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_MessageContentsWithDeclaredTypeAsV3_PutsTheTypeInTheMetadata()
    {
        var message = new AsynchronousMessage { Description = "an image", Contents = new MessageContents { Contents = Body.FromBytes([0xFF, 0xD8, 0xFF], ContentType.Parse("image/jpeg")) } };
        var pact = new Pact { Consumer = new("c"), Provider = new("p"), Interactions = [message] };

        var reread = (AsynchronousMessage)PactFile.Parse(PactFile.Serialize(pact, PactSpecification.V3)).Interactions[0];

        Assert.Equal("image/jpeg", reread.Contents.Metadata["contentType"].Value<string>());
        Assert.Equal(new byte[] { 0xFF, 0xD8, 0xFF }, reread.Contents.Contents.Content.ToArray());
    }

    private static Pact PactWith(Body body) => new()
    {
        Consumer = new("c"),
        Provider = new("p"),
        Interactions = [new HttpInteraction { Description = "a body", Response = new HttpResponse { Body = body } }],
    };
}
