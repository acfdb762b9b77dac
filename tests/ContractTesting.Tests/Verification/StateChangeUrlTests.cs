using System.Net;
using ContractTesting.Generation;
using ContractTesting.Models;
using ContractTesting.Rules;
using ContractTesting.Tests.Support;
using ContractTesting.Verification;
using Newtonsoft.Json.Linq;
using static ContractTesting.Tests.Support.VerifierPacts;

namespace ContractTesting.Tests.Verification;

/// <summary>The state-change URL protocol as the verifier speaks it, seen by an in-memory provider.</summary>
public sealed class StateChangeUrlTests : IDisposable
{
    private static readonly Uri StateUrl = new("/_pact/provider-states", UriKind.Relative);

    private readonly StubProvider _provider = new();

    public void Dispose() => _provider.Dispose();

    [Fact]
    public async Task WithStateChangeUrl_BodyStyle_PostsStateParamsAndAction()
    {
        var interaction = Get("a request for user 7", "/users/7", State("a user exists", new { id = 7 }));

        var result = await Verifier(_provider).WithStateChangeUrl(StateUrl, new StateChangeUrlOptions { Teardown = true })
            .VerifyAsync(Source(interaction), TestContext.Current.CancellationToken);

        Assert.True(result.Passed, result.Summary);
        var calls = _provider.Received.Where(r => r.Request.RequestUri!.AbsolutePath == StateUrl.OriginalString).ToList();
        Assert.Equal(2, calls.Count);
        Assert.Equal(HttpMethod.Post, calls[0].Request.Method);
        Assert.Equal("application/json", calls[0].Request.Content!.Headers.ContentType!.MediaType);
        Assert.True(JToken.DeepEquals(JObject.Parse("""{"state":"a user exists","params":{"id":7},"action":"setup"}"""), JObject.Parse(calls[0].Body)));
        Assert.Equal("teardown", JObject.Parse(calls[1].Body)["action"]!.Value<string>());
    }

    [Fact]
    public async Task WithStateChangeUrl_QueryStyle_PutsEverythingInTheQuery()
    {
        var interaction = Get("a request for user 7", "/users/7", State("a user exists", new { id = 7 }));

        await Verifier(_provider).WithStateChangeUrl(StateUrl, new StateChangeUrlOptions { Style = StateChangeStyle.Query })
            .VerifyAsync(Source(interaction), TestContext.Current.CancellationToken);

        var (request, body) = _provider.Received[0];
        Assert.Equal("?state=a%20user%20exists&action=setup&id=7", request.RequestUri!.Query);
        Assert.Equal(string.Empty, body);
    }

    [Fact]
    public async Task WithStateChangeUrl_InteractionWithoutStates_GetsOneEmptyStateCall()
    {
        await Verifier(_provider).WithStateChangeUrl(StateUrl).VerifyAsync(Source(Get("a request")), TestContext.Current.CancellationToken);

        var calls = _provider.Received.Where(r => r.Request.RequestUri!.AbsolutePath == StateUrl.OriginalString).ToList();
        Assert.Equal("", JObject.Parse(Assert.Single(calls).Body)["state"]!.Value<string>());
    }

    [Fact]
    public async Task WithStateChangeUrl_TeardownOff_SendsNoTeardown()
    {
        var interaction = Get("a request for user 7", "/users/7", State("a user exists"));

        await Verifier(_provider).WithStateChangeUrl(StateUrl).VerifyAsync(Source(interaction), TestContext.Current.CancellationToken);

        Assert.DoesNotContain(_provider.Received, r => r.Body.Contains("teardown", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WithStateChangeUrl_FailingEndpoint_FailsTheInteractionWithItsAnswer()
    {
        _provider.Respond = (request, _) => request.RequestUri!.AbsolutePath == StateUrl.OriginalString
            ? StubProvider.Json(HttpStatusCode.InternalServerError, """{"error":"no database"}""")
            : StubProvider.Json(HttpStatusCode.OK, "{}");
        var interaction = Get("a request for user 7", "/users/7", State("a user exists"));

        var result = await Verifier(_provider).WithStateChangeUrl(StateUrl).VerifyAsync(Source(interaction), TestContext.Current.CancellationToken);

        var error = Assert.Single(Assert.Single(result.Interactions).Errors);
        Assert.Equal(
            "Provider state 'a user exists' could not be set up: State change request failed: POST http://localhost/_pact/provider-states for 'a user exists' (setup) answered 500 Internal Server Error: {\"error\":\"no database\"}",
            error);
    }

    [Fact]
    public async Task WithStateChangeUrl_ReturnedJson_FeedsProviderStateGenerators()
    {
        _provider.Respond = (request, _) => StubProvider.Json(HttpStatusCode.OK, request.RequestUri!.AbsolutePath == StateUrl.OriginalString ? """{"userId":42}""" : "{}");
        var interaction = Get("a request for the new user", "/users/1", State("a user exists")) with
        {
            Request = new HttpRequest
            {
                Path = "/users/1",
                Generators = Generators.Empty.With(MatchingRules.Path, DocPath.Empty, new ProviderStateGenerator("/users/${userId}")),
            },
        };

        await Verifier(_provider).WithStateChangeUrl(StateUrl).VerifyAsync(Source(interaction), TestContext.Current.CancellationToken);

        Assert.Equal("/users/42", _provider.Received[1].Request.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task WithStateChangeUrl_StateWithItsOwnHandler_DoesNotGoToTheUrl()
    {
        var handled = false;
        var interaction = Get("a request", "/users/1", State("handled here"));

        await Verifier(_provider).WithState("handled here", () => handled = true).WithStateChangeUrl(StateUrl)
            .VerifyAsync(Source(interaction), TestContext.Current.CancellationToken);

        Assert.True(handled);
        Assert.Equal(["/users/1"], _provider.Received.Select(r => r.Request.RequestUri!.AbsolutePath));
    }
}
