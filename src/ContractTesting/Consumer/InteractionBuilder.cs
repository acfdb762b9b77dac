using ContractTesting.Matching;
using ContractTesting.Models;

namespace ContractTesting.Consumer;

/// <summary>Collects one interaction: its description, provider states, V4 details, request and response.</summary>
internal sealed class InteractionBuilder(string description, MatcherExpander expander, Newtonsoft.Json.JsonSerializer serializer) : IInteractionBuilder
{
    private readonly InteractionDetails _details = new(description, serializer);
    private RequestBuilder? _request;

    public string Description => _details.Description;

    public IInteractionBuilder Given(string providerState) => Apply(() => _details.Given(providerState));

    public IInteractionBuilder Given(string providerState, object parameters) => Apply(() => _details.Given(providerState, parameters));

    public IInteractionBuilder WithKey(string key) => Apply(() => _details.WithKey(key));

    public IInteractionBuilder AsPending() => Apply(_details.AsPending);

    public IInteractionBuilder WithComment(string comment) => Apply(() => _details.WithComment(comment));

    public IInteractionBuilder WithTestName(string testName) => Apply(() => _details.WithTestName(testName));

    public IRequestBuilder WithRequest(HttpMethod method, string path) =>
        Start(new RequestBuilder(method, path, new HttpPartState(expander), new ResponseBuilder(new HttpPartState(expander))));

    public IRequestBuilder WithRequest(HttpMethod method, Matcher path) =>
        Start(new RequestBuilder(method, path, new HttpPartState(expander), new ResponseBuilder(new HttpPartState(expander))));

    /// <summary>The interaction; its examples must satisfy its own rules.</summary>
    /// <exception cref="InvalidOperationException">The request or response is missing, or an example breaks its own rules.</exception>
    public HttpInteraction Build()
    {
        if (_request is null)
        {
            throw new InvalidOperationException($"The interaction '{Description}' has no request: call WithRequest(...) after UponReceiving(...).");
        }

        if (!_request.Responded)
        {
            throw new InvalidOperationException($"The interaction '{Description}' has no response: call WillRespond() after describing the request.");
        }

        var interaction = new HttpInteraction
        {
            Description = Description,
            ProviderStates = [.. _details.States],
            Key = _details.Key,
            Pending = _details.Pending,
            Comments = _details.Comments(),
            Request = _request.Build(),
            Response = _request.Response.Build(),
        };
        OwnRules.Ensure(Description,
            ("request", PactMatcher.MatchRequest(interaction.Request, interaction.Request)),
            ("response", PactMatcher.MatchResponse(interaction.Response, interaction.Response)));
        return interaction;
    }

    private RequestBuilder Start(RequestBuilder request)
    {
        if (_request is not null)
        {
            throw new InvalidOperationException($"The interaction '{Description}' already has a request; start another with UponReceiving(...).");
        }

        _request = request;
        return request;
    }

    private InteractionBuilder Apply(Action change)
    {
        change();
        return this;
    }
}
