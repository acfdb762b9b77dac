using ContractTesting.Matching;
using ContractTesting.Models;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Consumer;

/// <summary>Collects one interaction: its description, provider states, V4 details, request and response.</summary>
internal sealed class InteractionBuilder(string description, MatcherExpander expander, Newtonsoft.Json.JsonSerializer serializer) : IInteractionBuilder
{
    private readonly List<ProviderState> _states = [];
    private readonly List<string> _comments = [];
    private string? _key;
    private bool _pending;
    private string? _testName;
    private RequestBuilder? _request;

    public string Description { get; } = description;

    public IInteractionBuilder Given(string providerState)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(providerState);
        _states.Add(new ProviderState(providerState));
        return this;
    }

    public IInteractionBuilder Given(string providerState, object parameters)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(providerState);
        ArgumentNullException.ThrowIfNull(parameters);
        var json = JToken.FromObject(parameters, serializer) as JObject
            ?? throw new ArgumentException("Provider state parameters must be an object or a dictionary (name → value).", nameof(parameters));
        _states.Add(new ProviderState(providerState, json.Properties().ToDictionary(p => p.Name, p => p.Value)));
        return this;
    }

    public IInteractionBuilder WithKey(string key)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        _key = key;
        return this;
    }

    public IInteractionBuilder AsPending()
    {
        _pending = true;
        return this;
    }

    public IInteractionBuilder WithComment(string comment)
    {
        ArgumentNullException.ThrowIfNull(comment);
        _comments.Add(comment);
        return this;
    }

    public IInteractionBuilder WithTestName(string testName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(testName);
        _testName = testName;
        return this;
    }

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
            ProviderStates = [.. _states],
            Key = _key,
            Pending = _pending,
            Comments = Comments(),
            Request = _request.Build(),
            Response = _request.Response.Build(),
        };
        EnsureExamplesMatchTheirRules(interaction);
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

    private Dictionary<string, JToken> Comments()
    {
        var comments = new Dictionary<string, JToken>();
        if (_comments.Count > 0)
        {
            comments["text"] = new JArray(_comments);
        }

        if (_testName is not null)
        {
            comments["testname"] = _testName;
        }

        return comments;
    }

    // An example that breaks its own rule would make the provider's verification fail for the consumer's mistake.
    private static void EnsureExamplesMatchTheirRules(HttpInteraction interaction)
    {
        var problems = PactMatcher.MatchRequest(interaction.Request, interaction.Request).Mismatches.Select(m => $"request {m}")
            .Concat(PactMatcher.MatchResponse(interaction.Response, interaction.Response).Mismatches.Select(m => $"response {m}"))
            .ToList();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException(
                $"In the interaction '{interaction.Description}', an example does not satisfy its own matcher: {string.Join("; ", problems)}.");
        }
    }
}
