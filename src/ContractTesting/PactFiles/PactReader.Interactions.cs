using ContractTesting.Models;
using Newtonsoft.Json.Linq;

namespace ContractTesting.PactFiles;

internal static partial class PactReader
{
    private static readonly HashSet<string> HttpFields = ["type", "description", "providerState", "provider_state", "providerStates", "request", "response", "key", "pending", "comments"];
    private static readonly HashSet<string> AsyncFields = ["type", "description", "providerState", "provider_state", "providerStates", "contents", "metadata", "metaData", "matchingRules", "generators", "key", "pending", "comments"];
    private static readonly HashSet<string> SyncFields = ["type", "description", "providerState", "provider_state", "providerStates", "request", "response", "key", "pending", "comments"];

    internal static Interaction ReadInteraction(JToken token, PactSpecification specification)
    {
        var json = JsonRead.Object(token);
        var type = JsonRead.Optional(json, "type") is { } t ? JsonRead.String(t) : null;
        if (specification != PactSpecification.V4 && type is null)
        {
            return ReadHttp(json, specification);
        }

        type ??= json.ContainsKey("request") && json.ContainsKey("response") && json["response"] is JObject ? HttpInteraction.TypeName
            : json.ContainsKey("contents") ? AsynchronousMessage.TypeName
            : throw JsonRead.Error(json, "the interaction has no 'type' and is neither an HTTP interaction nor a message");
        return type switch
        {
            HttpInteraction.TypeName => ReadHttp(json, PactSpecification.V4),
            AsynchronousMessage.TypeName => ReadMessage(json, PactSpecification.V4),
            SynchronousMessage.TypeName => ReadSyncMessage(json),
            _ => throw JsonRead.Error(json["type"]!, $"'{type}' is not a known interaction type (Synchronous/HTTP, Asynchronous/Messages or Synchronous/Messages)"),
        };
    }

    private static HttpInteraction ReadHttp(JObject json, PactSpecification specification) => Common(json, HttpFields, new HttpInteraction
    {
        Description = Description(json),
        Request = ReadRequest(JsonRead.Object(JsonRead.Required(json, "request")), specification),
        Response = ReadResponse(JsonRead.Object(JsonRead.Required(json, "response")), specification),
    });

    private static AsynchronousMessage ReadMessage(JObject json, PactSpecification specification) => Common(json, AsyncFields, new AsynchronousMessage
    {
        Description = Description(json),
        Contents = ReadMessageContents(json, specification),
    });

    private static SynchronousMessage ReadSyncMessage(JObject json) => Common(json, SyncFields, new SynchronousMessage
    {
        Description = Description(json),
        Request = ReadMessageContents(JsonRead.Object(JsonRead.Required(json, "request")), PactSpecification.V4),
        Responses = JsonRead.Optional(json, "response") switch
        {
            null => [],
            JArray list => [.. list.Select(r => ReadMessageContents(JsonRead.Object(r), PactSpecification.V4))],
            var single => [ReadMessageContents(JsonRead.Object(single), PactSpecification.V4)],
        },
    });

    /// <summary>The fields every kind of interaction has: provider states, the V4 key, pending flag and comments, and unknown fields.</summary>
    private static T Common<T>(JObject json, HashSet<string> knownFields, T interaction)
        where T : Interaction => interaction with
    {
        ProviderStates = ProviderStates(json),
        Key = OptionalString(json, "key"),
        Pending = JsonRead.Optional(json, "pending") is { } pending && JsonRead.Boolean(pending),
        Comments = Comments(json),
        Extensions = Extensions(json, knownFields),
    };

    private static string Description(JObject json) => JsonRead.String(JsonRead.Required(json, "description"));

    private static string? OptionalString(JObject json, string name) => JsonRead.Optional(json, name) is { } value ? JsonRead.String(value) : null;

    private static List<ProviderState> ProviderStates(JObject json)
    {
        if (JsonRead.Optional(json, "providerStates") is { } states)
        {
            return [.. JsonRead.Array(states).Select(ReadProviderState)];
        }

        var single = JsonRead.Optional(json, "providerState") ?? JsonRead.Optional(json, "provider_state");
        return single is null ? [] : [new ProviderState(JsonRead.String(single))];
    }

    private static ProviderState ReadProviderState(JToken token)
    {
        if (token.Type == JTokenType.String)
        {
            return new ProviderState(token.Value<string>()!);
        }

        var json = JsonRead.Object(token);
        var parameters = JsonRead.Optional(json, "params") is { } p
            ? JsonRead.Object(p).Properties().ToDictionary(x => x.Name, x => x.Value.DeepClone())
            : null;
        return new ProviderState(JsonRead.String(JsonRead.Required(json, "name")), parameters);
    }

    private static Dictionary<string, JToken> Comments(JObject json) =>
        JsonRead.Optional(json, "comments") is { } comments
            ? JsonRead.Object(comments).Properties().ToDictionary(p => p.Name, p => p.Value.DeepClone())
            : [];

    private static Dictionary<string, JToken> Extensions(JObject json, HashSet<string> known) =>
        json.Properties().Where(p => !known.Contains(p.Name)).ToDictionary(p => p.Name, p => p.Value.DeepClone());
}
