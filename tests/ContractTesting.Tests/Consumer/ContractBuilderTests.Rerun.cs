using System.Net.Http.Headers;
using System.Text;
using System.Xml.Linq;
using ContractTesting.Consumer;
using ContractTesting.Models;
using ContractTesting.Tests.Support;

namespace ContractTesting.Tests.Consumer;

public sealed partial class ContractBuilderTests
{
    private static readonly byte[] Gif = [0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x01, 0x00, 0x01, 0x00, 0x00, 0xFF];

    [Theory]
    [InlineData(PactSpecification.V3)]
    [InlineData(PactSpecification.V4)]
    public async Task VerifyAsync_SameSuiteRunTwiceInMergeMode_SecondRunFindsNoConflictAndWritesSameBytes(PactSpecification version)
    {
        using var folder = new TempPactFolder();
        var options = folder.Options(new ContractOptions { Specification = version });
        await RunRichSuiteAsync(options, version);
        await Contract.WritePactFilesAsync(TestContext.Current.CancellationToken);
        var first = await File.ReadAllBytesAsync(folder.FileOf(), TestContext.Current.CancellationToken);

        await RunRichSuiteAsync(options, version);
        await Contract.WritePactFilesAsync(TestContext.Current.CancellationToken);

        Assert.Equal(Encoding.UTF8.GetString(first), await File.ReadAllTextAsync(folder.FileOf(), TestContext.Current.CancellationToken));
        Assert.Equal(6, folder.Read().Pact.Interactions.Count);
    }

    [Fact]
    public async Task VerifyAsync_V2SuiteRunTwiceInMergeMode_SecondRunFindsNoConflict()
    {
        using var folder = new TempPactFolder();
        var options = folder.Options(new ContractOptions { Specification = PactSpecification.V2 });

        for (var run = 0; run < 2; run++)
        {
            using var contract = Contract.Between(ConsumerRun.ConsumerName, ConsumerRun.ProviderName, options);
            contract.UponReceiving("a user").Given("a user exists")
                .WithRequest(HttpMethod.Get, "/users/1").WithQuery("expand", "orders")
                .WillRespond().WithJsonBody(new { name = Match.Type("Ada"), tags = Match.MinType("a", 1), price = 1.50m });
            await contract.VerifyAsync(
                async context =>
                {
                    using var client = context.CreateHttpClient();
                    using var response = await client.GetAsync(new Uri("users/1?expand=orders", UriKind.Relative), TestContext.Current.CancellationToken);
                },
                TestContext.Current.CancellationToken);
        }

        Assert.Equal(["a user"], folder.Read().Descriptions);
    }

    private static async Task RunRichSuiteAsync(ContractOptions options, PactSpecification version)
    {
        using var contract = Contract.Between(ConsumerRun.ConsumerName, ConsumerRun.ProviderName, options);
        var user = contract.UponReceiving("a rich JSON response")
            .Given("a user exists", new { id = 1, code = "1", ratio = 1.50m, tags = (string[])["x"] })
            .Given("a second state");
        if (version == PactSpecification.V4)
        {
            user = user.WithKey("rich").AsPending().WithComment("c").WithTestName("rerun");
        }

        user.WithRequest(HttpMethod.Get, Match.Regex("/users/1", "/users/\\d+"))
            .WithQuery("page", Match.WholeNumber(2))
            .WithHeader("Accept", "application/json")
            .WillRespond()
            .WithStatus(200)
            .WithHeader("X-Count", Match.WholeNumber(3))
            .WithJsonBody(new
            {
                id = Match.FromProviderState("${id}", 1),
                price = Match.DecimalNumber(10.50m),
                ratio = 0.1m,
                big = 12345678901234L,
                at = Match.DateTime("2024-02-29T10:15:30+01:00"),
                uuid = Match.Uuid(),
                items = Match.MinType(new { sku = Match.Regex("a1", "[a-z]\\d"), qty = 1 }, 2),
                self = Match.MockServerUrl("http://localhost/users/1", ".*(/users/\\d+)$"),
                nothing = (string?)null,
                text = "ünïcødé \"quoted\" \\ slash",
            });
        contract.UponReceiving("a text response").WithRequest(HttpMethod.Get, "/text").WillRespond().WithBody("plain\ntext", "text/plain; charset=utf-8");
        contract.UponReceiving("an XML request").WithRequest(HttpMethod.Post, "/xml")
            .WithXmlBody(new XElement("order", new XAttribute("id", "7"), new XElement("note", "hi")))
            .WithBodyMatcher("$.order['@id']", Match.WholeNumber(7))
            .WillRespond().WithStatus(204);
        contract.UponReceiving("a binary response").WithRequest(HttpMethod.Get, "/image").WillRespond().WithBinaryBody(Gif, "image/gif");
        contract.UponReceiving("a form request").WithRequest(HttpMethod.Post, "/form")
            .WithFormBody(new { name = "Ada Lovelace", tags = (string[])["a", "b"] })
            .WillRespond().WithStatus(204);
        contract.UponReceiving("a multipart request").WithRequest(HttpMethod.Post, "/upload")
            .WithMultipartBody(parts => parts.AddText("note", "hello").AddJson("meta", new { id = Match.WholeNumber(1) }).AddFile("img", "a.gif", Gif, "image/gif"))
            .WillRespond().WithStatus(201);

        await contract.VerifyAsync(SendRichSuiteAsync, TestContext.Current.CancellationToken);
    }

    private static async Task SendRichSuiteAsync(IConsumerContext context)
    {
        var cancel = TestContext.Current.CancellationToken;
        using var client = context.CreateHttpClient();
        using (var request = new HttpRequestMessage(HttpMethod.Get, new Uri("users/5?page=3", UriKind.Relative)))
        {
            request.Headers.Add("Accept", "application/json");
            using var response = await client.SendAsync(request, cancel);
        }

        using (await client.GetAsync(new Uri("text", UriKind.Relative), cancel))
        using (var xml = new StringContent("""<order id="8"><note>hi</note></order>""", Encoding.UTF8, "application/xml"))
        using (await client.PostAsync(new Uri("xml", UriKind.Relative), xml, cancel))
        using (await client.GetAsync(new Uri("image", UriKind.Relative), cancel))
        using (var form = new FormUrlEncodedContent([new("name", "Ada Lovelace"), new("tags", "a"), new("tags", "b")]))
        using (await client.PostAsync(new Uri("form", UriKind.Relative), form, cancel))
        {
        }

        var image = new ByteArrayContent(Gif);
        image.Headers.ContentType = new MediaTypeHeaderValue("image/gif");
        using var multipart = new MultipartFormDataContent
        {
            { new StringContent("hello", Encoding.UTF8, "text/plain"), "note" },
            { new StringContent("""{"id":5}""", Encoding.UTF8, "application/json"), "meta" },
            { image, "img", "a.gif" },
        };
        using var uploaded = await client.PostAsync(new Uri("upload", UriKind.Relative), multipart, cancel);
    }
}
