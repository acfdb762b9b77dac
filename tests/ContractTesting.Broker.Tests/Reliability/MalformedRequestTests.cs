using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using ContractTesting.Broker.Tests.Support;

namespace ContractTesting.Broker.Tests.Reliability;

/// <summary>
/// Bodies that are malformed, too large, of the wrong type or not a pact, sent to each endpoint that stores what
/// it is sent: the publication, the one-pact PUT and verification results. Each gets a 4xx with a JSON
/// <c>errors</c> body that says what is wrong, and leaves the database as it was.
/// </summary>
public sealed class MalformedRequestTests
{
    private const long Limit = 4096;

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Send_MalformedJson_Is400SayingWhereAndStoresNothing(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        var targets = await TargetsAsync(broker);
        var before = await RowCountsAsync(broker);

        foreach (var (method, path) in targets)
        {
            var (response, body) = await broker.SendAsync(method, path, "{\"success\": true,\n  \"x\": [1, }");

            AssertError(response, body, HttpStatusCode.BadRequest, "body", "The request body is not valid JSON:", path);
            Assert.Contains("line 2", ErrorText(body, "body"), StringComparison.Ordinal);
        }

        Assert.Equal(before, await RowCountsAsync(broker));
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Send_JsonThatIsNotAnObject_Is400NamingWhatItIs(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        var targets = await TargetsAsync(broker);
        var before = await RowCountsAsync(broker);

        foreach (var (method, path) in targets)
        {
            var (array, arrayBody) = await broker.SendAsync(method, path, "[1, 2]");
            var (text, textBody) = await broker.SendAsync(method, path, "\"a pact\"");

            AssertError(array, arrayBody, HttpStatusCode.BadRequest, "body", "The request body must be a JSON object, not an array.", path);
            AssertError(text, textBody, HttpStatusCode.BadRequest, "body", "The request body must be a JSON object, not a string.", path);
        }

        Assert.Equal(before, await RowCountsAsync(broker));
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Send_BodyOverTheLimit_Is413NamingTheLimitAndStoresNothing(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store, options => options with { MaxRequestBodyBytes = Limit });
        var targets = await TargetsAsync(broker);
        var before = await RowCountsAsync(broker);
        var large = Publications.Pact("Orders", "Users", [.. Enumerable.Range(0, 45).Select(i => $"interaction {i}")]).ToJsonString();
        Assert.InRange(large.Length, 2 * Limit, 3 * Limit);

        foreach (var (method, path) in targets)
        {
            var (declared, declaredBody) = await broker.SendAsync(method, path, large);
            var (chunked, chunkedBody) = await SendChunkedAsync(broker, method, path, large);

            AssertTooLarge(declared, declaredBody, path);
            AssertTooLarge(chunked, chunkedBody, path);
        }

        Assert.Equal(before, await RowCountsAsync(broker));
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Send_WrongOrMissingContentType_Is415NamingTheTypeSent(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        var targets = await TargetsAsync(broker);
        var before = await RowCountsAsync(broker);
        var json = Publications.Pact("Orders", "Users").ToJsonString();

        foreach (var (method, path) in targets)
        {
            var (form, formBody) = await broker.SendAsync(method, path, json, "application/x-www-form-urlencoded");
            using var untyped = new HttpRequestMessage(method, path) { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(json)) };
            using var none = await broker.Client.SendAsync(untyped, TestContext.Current.CancellationToken);
            var noneBody = JsonNode.Parse(await none.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

            Assert.Equal(HttpStatusCode.UnsupportedMediaType, form.StatusCode);
            Assert.Contains("application/x-www-form-urlencoded", formBody!["errors"]![0]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.UnsupportedMediaType, none.StatusCode);
            Assert.Contains("(none)", noneBody!["errors"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        }

        Assert.Equal(before, await RowCountsAsync(broker));
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Publish_ContentThatIsNotAPact_Is400ForThatContract(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        var cases = new (string Content, string Error)[]
        {
            (Convert.ToBase64String("{\"hello\": \"world\"}"u8.ToArray()), "Invalid pact"),
            (Convert.ToBase64String("[1, 2]"u8.ToArray()), "Invalid pact"),
            (Convert.ToBase64String("{\"consumer\": "u8.ToArray()), "Invalid pact"),
            (Convert.ToBase64String([0x7b, 0xff, 0x7d]), "non UTF-8 character at byte 2"),
            ("e30", "not valid Base64"),
            ("", "content cannot be blank"),
        };

        foreach (var (content, error) in cases)
        {
            var request = Publications.Request("Orders", "1", Publications.Pact("Orders", "Users"));
            request["contracts"]![0]!["content"] = content;

            var (response, body) = await broker.PublishAsync(request);

            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{content}: {(int)response.StatusCode} {body?.ToJsonString()}");
            var message = body!["errors"]!["contracts"]![0]!.GetValue<string>();
            Assert.Contains(error, message, StringComparison.Ordinal);
            Assert.EndsWith("(at index 0)", message, StringComparison.Ordinal);
        }

        Assert.Equal(0, await broker.ScalarAsync("SELECT COUNT(*) FROM pacticipants"));
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task PutPact_BodyThatIsNotAPact_Is400SayingWhereAndStoresNothing(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        var pact = Publications.Pact("Orders", "Users");
        pact["interactions"]![0]!["response"]!["status"] = "OK";

        var (wrongField, wrongFieldBody) = await broker.SendAsync(HttpMethod.Put, "/pacts/provider/Users/consumer/Orders/version/1", pact.ToJsonString());
        var (notAPact, notAPactBody) = await broker.SendAsync(HttpMethod.Put, "/pacts/provider/Users/consumer/Orders/version/1", """{"hello": "world"}""");

        AssertError(wrongField, wrongFieldBody, HttpStatusCode.BadRequest, "body", "Invalid pact at $.interactions[0].response.status", "PUT");
        AssertError(notAPact, notAPactBody, HttpStatusCode.BadRequest, "body", "Invalid pact", "PUT");
        Assert.Equal(0, await broker.ScalarAsync("SELECT COUNT(*) FROM pacticipants"));
    }

    // The three endpoints that store a body, with a published pact for the verification results to belong to.
    private static async Task<(HttpMethod Method, string Path)[]> TargetsAsync(TestBroker broker)
    {
        var sha = await VerificationSetup.PublishAsync(broker, "Orders", "1.0.0", Publications.Pact("Orders", "Users"));
        return
        [
            (HttpMethod.Post, "/contracts/publish"),
            (HttpMethod.Put, "/pacts/provider/Users/consumer/Orders/version/2.0.0"),
            (HttpMethod.Post, $"/pacts/provider/Users/consumer/Orders/pact-version/{sha}/verification-results"),
        ];
    }

    private static async Task<string> RowCountsAsync(TestBroker broker)
    {
        var counts = new List<string>();
        foreach (var table in new[] { "pacticipants", "versions", "pact_versions", "pact_publications", "verifications", "tags", "branch_versions", "integrations" })
        {
            counts.Add($"{table}={await broker.ScalarAsync($"SELECT COUNT(*) FROM {table}")}");
        }

        return string.Join(", ", counts);
    }

    private static async Task<(HttpResponseMessage Response, JsonNode? Body)> SendChunkedAsync(TestBroker broker, HttpMethod method, string path, string json)
    {
        using var request = new HttpRequestMessage(method, path) { Content = new ChunkedContent(Encoding.UTF8.GetBytes(json)) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var response = await broker.Client.SendAsync(request, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return (response, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    private static void AssertTooLarge(HttpResponseMessage response, JsonNode? body, string path)
    {
        Assert.True(response.StatusCode == HttpStatusCode.RequestEntityTooLarge, $"{path}: {(int)response.StatusCode}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var error = body!["errors"]![0]!.GetValue<string>();
        Assert.Contains($"{Limit} bytes", error, StringComparison.Ordinal);
        Assert.Contains("MaxRequestBodyBytes", error, StringComparison.Ordinal);
    }

    private static void AssertError(HttpResponseMessage response, JsonNode? body, HttpStatusCode status, string field, string start, string where)
    {
        Assert.True(response.StatusCode == status, $"{where}: {(int)response.StatusCode} {body?.ToJsonString()}");
        Assert.StartsWith(start, ErrorText(body, field), StringComparison.Ordinal);
    }

    private static string ErrorText(JsonNode? body, string field) => body!["errors"]![field]![0]!.GetValue<string>();

    // A body sent without Content-Length (Transfer-Encoding: chunked), so only reading it shows its size.
    private sealed class ChunkedContent(byte[] bytes) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
        {
            for (var offset = 0; offset < bytes.Length; offset += 1024)
            {
                await stream.WriteAsync(bytes.AsMemory(offset, Math.Min(1024, bytes.Length - offset)));
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
