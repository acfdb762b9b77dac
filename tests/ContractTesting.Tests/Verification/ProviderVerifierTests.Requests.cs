using ContractTesting.Models;
using ContractTesting.Tests.Support;
using ContractTesting.Verification;
using static ContractTesting.Tests.Support.VerifierPacts;

namespace ContractTesting.Tests.Verification;

public sealed partial class ProviderVerifierTests
{
    [Fact]
    public async Task VerifyAsync_RequestWithQueryHeadersAndBody_IsSentAsThePactSays()
    {
        var interaction = Get("create a user") with
        {
            Request = new HttpRequest
            {
                Method = "POST",
                Path = "/users/new user",
                Query = QueryCollection.Parse("tag=a&tag=b c"),
                Headers = Http.Headers(("Content-Type", "application/json"), ("X-Tenant", "shop")),
                Body = Body.FromText("""{"name":"Ada"}"""),
            },
        };

        await Verifier(_provider).VerifyAsync(Source(interaction), TestContext.Current.CancellationToken);

        var (request, body) = Assert.Single(_provider.Received);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("/users/new%20user", request.RequestUri!.AbsolutePath);
        Assert.Equal("?tag=a&tag=b%20c", request.RequestUri.Query);
        Assert.Equal("shop", Assert.Single(request.Headers.GetValues("X-Tenant")));
        Assert.Equal("application/json", request.Content!.Headers.ContentType!.MediaType);
        Assert.Equal("""{"name":"Ada"}""", body);
    }

    [Fact]
    public async Task VerifyAsync_RequestFiltersAndCustomHeaders_ChangeEveryRequest()
    {
        var interaction = Get("a request") with
        {
            Request = new HttpRequest { Path = "/users/1", Headers = Http.Headers(("Authorization", "Bearer from-the-pact")) },
        };

        await Verifier(_provider)
            .WithCustomHeader("Authorization", "Bearer real-token")
            .WithRequestFilter(request => request.Headers.Add("X-Signature", "signed"))
            .WithRequestFilter(async (request, ct) =>
            {
                await Task.Yield();
                request.Headers.Add("X-Order", string.Join(",", request.Headers.GetValues("X-Signature")));
            })
            .VerifyAsync(Source(interaction), TestContext.Current.CancellationToken);

        var request = Assert.Single(_provider.Received).Request;
        Assert.Equal("Bearer real-token", request.Headers.Authorization!.ToString());
        Assert.Equal("signed", Assert.Single(request.Headers.GetValues("X-Order")));
    }

    [Fact]
    public async Task VerifyAsync_ProviderTooSlow_FailsWithATimeout()
    {
        var slow = new SlowProvider();
        var verifier = ProviderVerifier.For(Provider, slow, options: new VerifierOptions
        {
            RequestTimeout = TimeSpan.FromMilliseconds(50),
            Output = new CollectingOutput(),
            Filter = InteractionFilter.None,
        });

        var result = await verifier.VerifyAsync(Source(Get("a slow request")), TestContext.Current.CancellationToken);

        Assert.Equal("The provider did not answer GET http://localhost/users/1 within 0.05 s.", Assert.Single(Assert.Single(result.Interactions).Errors));
    }

    [Fact]
    public async Task VerifyAsync_BaseAddressWithAPath_RequestsBelowIt()
    {
        var verifier = ProviderVerifier.For(Provider, _provider, new Uri("http://users.test/api/"), new VerifierOptions { Output = new CollectingOutput(), Filter = InteractionFilter.None });

        await verifier.VerifyAsync(Source(Get("a request")), TestContext.Current.CancellationToken);

        Assert.Equal("http://users.test/api/users/1", Assert.Single(_provider.Received).Request.RequestUri!.ToString());
    }

    /// <summary>A provider that never answers until the request is cancelled.</summary>
    private sealed class SlowProvider : HttpMessageHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return new HttpResponseMessage();
        }
    }
}
