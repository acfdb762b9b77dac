using ContractTesting.Generation;
using ContractTesting.Models;
using ContractTesting.Rules;
using ContractTesting.Tests.Support;
using ContractTesting.Verification;
using static ContractTesting.Tests.Support.VerifierPacts;

namespace ContractTesting.Tests.Verification;

public sealed partial class ProviderVerifierTests
{
    [Fact]
    public async Task VerifyAsync_TwoStates_SetUpInOrderBeforeTheRequestAndTornDownInReverse()
    {
        var calls = new List<string>();
        _provider.Respond = (request, body) =>
        {
            calls.Add("request");
            return StubProvider.Json(System.Net.HttpStatusCode.OK, "{}");
        };
        var interaction = Get("a request for user 1", "/users/1", State("a user exists"), State("the user has orders"));

        var result = await Verifier(_provider)
            .WithState("a user exists", () => calls.Add("setup user"), () => calls.Add("teardown user"))
            .WithState("the user has orders", () => calls.Add("setup orders"), () => calls.Add("teardown orders"))
            .VerifyAsync(Source(interaction), TestContext.Current.CancellationToken);

        Assert.True(result.Passed, result.Summary);
        Assert.Equal(["setup user", "setup orders", "request", "teardown orders", "teardown user"], calls);
    }

    [Fact]
    public async Task VerifyAsync_TypedParameters_AreReadFromThePact()
    {
        UserState? received = null;
        var interaction = Get("a request for user 7", "/users/7", State("a user exists", new { id = 7, name = "Ada" }));

        var result = await Verifier(_provider)
            .WithState<UserState>("a user exists", (user, _) =>
            {
                received = user;
                return Task.CompletedTask;
            })
            .VerifyAsync(Source(interaction), TestContext.Current.CancellationToken);

        Assert.True(result.Passed, result.Summary);
        Assert.Equal(new UserState(7, "Ada"), received);
    }

    [Fact]
    public async Task VerifyAsync_ParametersOfTheWrongType_FailNamingTheState()
    {
        var interaction = Get("a request for user 7", "/users/7", State("a user exists", new { id = "seven" }));

        var result = await Verifier(_provider)
            .WithState<UserState>("a user exists", (_, _) => Task.CompletedTask)
            .VerifyAsync(Source(interaction), TestContext.Current.CancellationToken);

        var error = Assert.Single(Assert.Single(result.Interactions).Errors);
        Assert.Contains("The parameters of provider state 'a user exists' ({\"id\":\"seven\"}) cannot be read as UserState", error, StringComparison.Ordinal);
        Assert.Empty(_provider.Received);
    }

    [Fact]
    public async Task VerifyAsync_ValuesReturnedBySetup_FeedProviderStateGenerators()
    {
        var interaction = Get("a request for the new user", "/users/1", State("a user exists")) with
        {
            Request = new HttpRequest
            {
                Path = "/users/1",
                Generators = Generators.Empty.With(MatchingRules.Path, DocPath.Empty, new ProviderStateGenerator("/users/${userId}", ProviderStateDataType.Text)),
            },
        };

        var result = await Verifier(_provider)
            .WithState<Newtonsoft.Json.Linq.JObject>("a user exists", (_, _) => Task.FromResult<object?>(new { userId = 42 }))
            .VerifyAsync(Source(interaction), TestContext.Current.CancellationToken);

        Assert.True(result.Passed, result.Summary);
        Assert.Equal("/users/42", Assert.Single(_provider.Received).Request.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task VerifyAsync_StateWithoutHandler_FailsNamingTheStateAndSendsNothing()
    {
        var interaction = Get("a request for user 1", "/users/1", State("a user exists"));

        var result = await Verifier(_provider)
            .WithState("another state", () => { })
            .VerifyAsync(Source(interaction), TestContext.Current.CancellationToken);

        var error = Assert.Single(Assert.Single(result.Interactions).Errors);
        Assert.Equal("No provider-state handler is registered for 'a user exists'. Registered: 'another state'.", error);
        Assert.Empty(_provider.Received);
    }

    [Fact]
    public async Task VerifyAsync_StateWithoutHandlerUnderWarn_PassesWithAWarning()
    {
        var interaction = Get("a request for user 1", "/users/1", State("a user exists"));

        var result = await Verifier(_provider, new VerifierOptions { UnhandledStates = UnhandledStateBehavior.Warn, Filter = InteractionFilter.None })
            .VerifyAsync(Source(interaction), TestContext.Current.CancellationToken);

        Assert.True(result.Passed, result.Summary);
        Assert.Equal("No provider-state handler is registered for 'a user exists' (none are registered).", Assert.Single(Assert.Single(result.Interactions).Warnings));
    }

    [Fact]
    public async Task VerifyAsync_SetupThrows_FailsWithoutRequestOrTeardownOfThatState()
    {
        var calls = new List<string>();
        var interaction = Get("a request for user 1", "/users/1", State("first"), State("second"));

        var result = await Verifier(_provider)
            .WithState("first", () => calls.Add("setup first"), () => calls.Add("teardown first"))
            .WithState("second", () => throw new InvalidOperationException("database is down"), () => calls.Add("teardown second"))
            .VerifyAsync(Source(interaction), TestContext.Current.CancellationToken);

        Assert.Equal("Provider state 'second' could not be set up: database is down", Assert.Single(Assert.Single(result.Interactions).Errors));
        Assert.Equal(["setup first", "teardown first"], calls);
        Assert.Empty(_provider.Received);
    }

    [Fact]
    public void WithState_SameStateTwice_Throws()
    {
        var verifier = Verifier(_provider).WithState("a user exists", () => { });

        var error = Assert.Throws<ArgumentException>(() => verifier.WithState("a user exists", () => { }));

        Assert.StartsWith("Provider state 'a user exists' already has a handler.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithStates_SharedRegistry_IsUsed()
    {
        var called = false;
        var states = new ProviderStates().Add("a user exists", () => called = true);

        var result = await Verifier(_provider).WithStates(states)
            .VerifyAsync(Source(Get("a request", "/users/1", State("a user exists"))), TestContext.Current.CancellationToken);

        Assert.True(result.Passed, result.Summary);
        Assert.True(called);
    }

    private sealed record UserState(int Id, string? Name);
}
