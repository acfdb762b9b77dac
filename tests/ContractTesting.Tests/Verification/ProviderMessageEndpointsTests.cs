using System.Net;
using System.Text;
using ContractTesting.Json;
using ContractTesting.Tests.Support;
using ContractTesting.Verification;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Tests.Verification;

/// <summary>The message endpoint the reference verifier posts to: it answers with what the factories produce.</summary>
public sealed class ProviderMessageEndpointsTests
{
    [Fact]
    public async Task UseProviderMessageEndpoint_AsynchronousMessage_AnswersTheContentsWithTypeAndMetadata()
    {
        JToken? parameters = null;
        var messages = new ProviderMessages().Add("a user created event", context =>
        {
            parameters = context.ProviderState["id"];
            return ProviderMessage.Json(new { UserId = 1 }).WithMetadata("type", "UserCreated");
        });
        await using var app = await LoopbackApp.StartAsync(a => a.UseProviderMessageEndpoint(messages));

        using var response = await PostAsync(app, ProviderMessageEndpoints.DefaultPath,
            """{"description":"a user created event","providerStates":[{"name":"a user exists","params":{"id":1}}]}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("""{"userId":1}""", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var metadata = Encoding.UTF8.GetString(Convert.FromBase64String(response.Headers.GetValues("Pact-Message-Metadata").Single()));
        JsonAssert.Equal("""{"type":"UserCreated"}""", PactJson.Parse(metadata));
        Assert.Equal(1, parameters?.Value<int>());
    }

    [Fact]
    public async Task UseProviderMessageEndpoint_SynchronousMessage_FactoryGetsTheRequest()
    {
        var messages = new ProviderMessages().Add("a stock query", context => new { stock = context.RequestAs<JObject>()["productId"]!.Value<int>() * 10 });
        await using var app = await LoopbackApp.StartAsync(a => a.UseProviderMessageEndpoint(messages));

        using var response = await PostAsync(app, ProviderMessageEndpoints.DefaultPath + "/",
            """{"description":"a stock query","request":{"contents":{"content":{"productId":3},"contentType":"application/json","encoded":false},"metadata":{}}}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"stock":30}""", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task UseProviderMessageEndpoint_DescriptionWithoutFactory_Answers404NamingIt()
    {
        await using var app = await LoopbackApp.StartAsync(a => a.UseProviderMessageEndpoint(new ProviderMessages().Add("an event", _ => new { })));

        using var response = await PostAsync(app, ProviderMessageEndpoints.DefaultPath, """{"description":"another event"}""");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("No message factory is registered for 'another event'", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not json", "the body is not valid JSON")]
    [InlineData("""{"providerStates":[]}""", "the body must be a JSON object with the message's 'description'")]
    public async Task UseProviderMessageEndpoint_NotAMessageRequest_Answers400SayingWhy(string body, string error)
    {
        await using var app = await LoopbackApp.StartAsync(a => a.UseProviderMessageEndpoint(new ProviderMessages()));

        using var response = await PostAsync(app, ProviderMessageEndpoints.DefaultPath, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(error, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UseProviderMessageEndpoint_FactoryFails_Answers500WithItsMessage()
    {
        var messages = new ProviderMessages().Add("an event", object? (_) => throw new InvalidOperationException("no outbox"));
        await using var app = await LoopbackApp.StartAsync(a => a.UseProviderMessageEndpoint(messages));

        using var response = await PostAsync(app, ProviderMessageEndpoints.DefaultPath, """{"description":"an event"}""");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("no outbox", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UseProviderMessageEndpoint_OtherPaths_ReachTheApplication()
    {
        await using var app = await LoopbackApp.StartAsync(a =>
        {
            a.UseProviderMessageEndpoint(new ProviderMessages());
            a.Run(context => context.Response.WriteAsync("the application"));
        });

        using var response = await PostAsync(app, "/api/users", "{}");

        Assert.Equal("the application", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public void UseProviderMessageEndpoint_PathWithoutLeadingSlash_Throws()
    {
        var builder = WebApplication.CreateSlimBuilder();
        using var app = builder.Build();

        var error = Assert.Throws<ArgumentException>(() => app.UseProviderMessageEndpoint(new ProviderMessages(), "messages"));

        Assert.Contains("must start with '/'", error.Message, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> PostAsync(LoopbackApp app, string path, string body)
    {
        using var client = app.CreateClient();
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        return await client.PostAsync(new Uri(path.TrimStart('/'), UriKind.Relative), content, TestContext.Current.CancellationToken);
    }
}
