using System.Text;
using ContractTesting.Json;
using ContractTesting.Models;
using Microsoft.AspNetCore.Http;
using HttpRequest = Microsoft.AspNetCore.Http.HttpRequest;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Verification;

/// <summary>Reads a state-change request of the standard protocol, in body style or query style.</summary>
internal static class ProviderStateRequestReader
{
    /// <summary>The change the request asks for.</summary>
    /// <exception cref="FormatException">The request is not a state-change request; the message says why.</exception>
    public static async Task<ProviderStateChange> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        if (buffer.Length == 0)
        {
            return FromQuery(request.Query);
        }

        JToken json;
        try
        {
            json = PactJson.Parse(Encoding.UTF8.GetString(buffer.ToArray()));
        }
        catch (JsonParseException e)
        {
            throw new FormatException($"The state-change request body is not valid JSON at {e.Path}: {e.Problem}", e);
        }

        if (json is not JObject body)
        {
            throw new FormatException($"The state-change request body must be a JSON object with 'state', 'params' and 'action', not {json.Type}.");
        }

        var state = body["state"] is { Type: JTokenType.String } s ? s.Value<string>()! : body["state"] is null or { Type: JTokenType.Null }
            ? string.Empty
            : throw new FormatException("The state-change request's 'state' must be a string.");
        var parameters = body["params"] switch
        {
            null or { Type: JTokenType.Null } => new Dictionary<string, JToken>(),
            JObject p => p.Properties().ToDictionary(x => x.Name, x => x.Value),
            _ => throw new FormatException("The state-change request's 'params' must be a JSON object."),
        };
        return new ProviderStateChange(new ProviderState(state, parameters), Action(body["action"]?.Type == JTokenType.String ? body["action"]!.Value<string>() : null));
    }

    private static ProviderStateChange FromQuery(IQueryCollection query)
    {
        var parameters = query.Where(q => q.Key is not ("state" or "action"))
            .ToDictionary(q => q.Key, q => (JToken)JValue.CreateString(q.Value.ToString()));
        return new ProviderStateChange(new ProviderState(query["state"].ToString(), parameters), Action(query["action"].ToString() is { Length: > 0 } a ? a : null));
    }

    private static ProviderStateAction Action(string? action) => action switch
    {
        null or "setup" => ProviderStateAction.Setup,
        "teardown" => ProviderStateAction.Teardown,
        _ => throw new FormatException($"The state-change request's action must be 'setup' or 'teardown', not '{action}'."),
    };
}
