using ContractTesting.Models;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Consumer;

/// <summary>What every kind of interaction has besides its parts: description, provider states and the V4 details.</summary>
internal sealed class InteractionDetails(string description, JsonSerializer serializer)
{
    private readonly List<ProviderState> _states = [];
    private readonly List<string> _comments = [];
    private string? _testName;

    public string Description { get; } = description;

    public IReadOnlyList<ProviderState> States => _states;

    public string? Key { get; private set; }

    public bool Pending { get; private set; }

    public void Given(string providerState)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(providerState);
        _states.Add(new ProviderState(providerState));
    }

    public void Given(string providerState, object parameters)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(providerState);
        ArgumentNullException.ThrowIfNull(parameters);
        var json = JToken.FromObject(parameters, serializer) as JObject
            ?? throw new ArgumentException("Provider state parameters must be an object or a dictionary (name → value).", nameof(parameters));
        _states.Add(new ProviderState(providerState, json.Properties().ToDictionary(p => p.Name, p => p.Value)));
    }

    public void WithKey(string key)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        Key = key;
    }

    public void AsPending() => Pending = true;

    public void WithComment(string comment)
    {
        ArgumentNullException.ThrowIfNull(comment);
        _comments.Add(comment);
    }

    public void WithTestName(string testName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(testName);
        _testName = testName;
    }

    /// <summary>The V4 comments: <c>text</c> (in order) and <c>testname</c>.</summary>
    public Dictionary<string, JToken> Comments()
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
}
