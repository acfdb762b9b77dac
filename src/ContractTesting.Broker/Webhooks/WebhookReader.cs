using System.Text.Json;
using System.Text.Json.Nodes;
using ContractTesting.Broker.Http;
using ContractTesting.Broker.Pacticipants;

namespace ContractTesting.Broker.Webhooks;

/// <summary>
/// Reads and checks a webhook as clients send it (what <c>pact broker create-webhook</c> posts):
/// <c>{"description"?, "consumer"?: {"name"|"label"}, "provider"?: {…}, "enabled"?, "events"?: [{"name"}],
/// "request": {"method", "url", "headers"?, "body"?, "username"?, "password"?}}</c>. Problems are reported by field
/// in the Pact Broker's words (<c>"request.url": ["is not a valid URL eg. http://example.org"]</c>). A missing or null
/// method means <c>POST</c>, because the CLI sends <c>null</c> when no <c>-X</c> is given; no events means
/// <c>contract_content_changed</c>.
/// </summary>
internal sealed class WebhookReader(PacticipantStore pacticipants, BrokerOptions options)
{
    private static readonly HashSet<string> HttpMethods = new(StringComparer.OrdinalIgnoreCase)
    {
        "GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE",
    };

    /// <param name="json">The body.</param>
    /// <param name="consumer">The consumer named by the URL, which wins over the body's (<c>/webhooks/provider/P/consumer/C</c>).</param>
    /// <param name="provider">The provider named by the URL.</param>
    /// <param name="cancellationToken">Cancels the pacticipant look-ups.</param>
    /// <exception cref="BrokerProblem">400 with every problem found.</exception>
    public async Task<WebhookDefinition> ReadAsync(JsonObject json, PacticipantRow? consumer, PacticipantRow? provider, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var fields = JsonFieldReader.ForFields(json, errors);
        var description = fields.OptionalString("description");
        var enabled = fields.OptionalBoolean("enabled") ?? true;
        var events = ReadEvents(fields, errors);
        var consumerSide = consumer is not null
            ? new WebhookPacticipant(consumer.Id, consumer.Name, null)
            : await ReadPacticipantAsync(json, "consumer", errors, cancellationToken).ConfigureAwait(false);
        var providerSide = provider is not null
            ? new WebhookPacticipant(provider.Id, provider.Name, null)
            : await ReadPacticipantAsync(json, "provider", errors, cancellationToken).ConfigureAwait(false);
        var request = ReadRequest(json, errors);
        errors.ThrowIfAny();
        return new WebhookDefinition(description, consumerSide, providerSide, enabled, request!, events);
    }

    private static List<string> ReadEvents(JsonFieldReader fields, ValidationErrors errors)
    {
        if (!fields.Has("events") || fields.Json["events"] is null)
        {
            return [WebhookEvents.Default];
        }

        if (fields.Json["events"] is not JsonArray array)
        {
            errors.Add("events", "must be an array");
            return [];
        }

        if (array.Count == 0)
        {
            errors.Add("events", "size cannot be less than 1");
        }

        var names = new List<string>();
        for (var i = 0; i < array.Count; i++)
        {
            var name = array[i] is JsonObject item ? JsonFieldReader.ForItem(item, errors, "events", i).RequiredString("name") : null;
            if (array[i] is not JsonObject)
            {
                errors.Add("events", $"must be objects with a name (at index {i})");
            }
            else if (name is not null && !WebhookEvents.All.Contains(name))
            {
                errors.Add("events", $"name must be one of {string.Join(", ", WebhookEvents.All)} (at index {i})");
            }
            else if (name is not null && !names.Contains(name))
            {
                names.Add(name);
            }
        }

        return names;
    }

    private async Task<WebhookPacticipant?> ReadPacticipantAsync(JsonObject json, string side, ValidationErrors errors, CancellationToken cancellationToken)
    {
        if (!json.TryGetPropertyValue(side, out var node) || node is null)
        {
            return null;
        }

        if (node is not JsonObject value)
        {
            errors.Add(side, "must be an object with a name or a label");
            return null;
        }

        var fields = new JsonFieldReader(value, (field, problem) => errors.Add($"{side}.{field}", problem));
        var name = fields.OptionalString("name", allowBlank: false);
        var label = fields.OptionalString("label", allowBlank: false);
        if (name is not null && label is not null)
        {
            errors.Add($"{side}.label", "name and label cannot be provided at the same time");
            return null;
        }

        if (label is not null)
        {
            return new WebhookPacticipant(null, null, label);
        }

        if (name is null)
        {
            // A blank or mistyped name has been reported already; an object with neither key has not.
            if (value["name"] is null)
            {
                errors.Add($"{side}.name", "cannot be blank");
            }

            return null;
        }

        var row = await pacticipants.FindAsync(name, cancellationToken).ConfigureAwait(false);
        if (row is null)
        {
            errors.Add($"{side}.name", "does not match an existing pacticipant");
            return null;
        }

        return new WebhookPacticipant(row.Id, row.Name, null);
    }

    private WebhookRequestTemplate? ReadRequest(JsonObject json, ValidationErrors errors)
    {
        if (!json.TryGetPropertyValue("request", out var node) || node is null)
        {
            errors.Add("request", "is missing");
            return null;
        }

        if (node is not JsonObject request)
        {
            errors.Add("request", "must be an object");
            return null;
        }

        var before = errors.Count;
        var fields = new JsonFieldReader(request, (field, problem) => errors.Add($"request.{field}", problem));
        var method = ReadMethod(fields, errors);
        var url = fields.RequiredString("url", singleLine: true);
        if (url is not null && WebhookUrlRules.Check(url, options.Webhooks) is { } problem)
        {
            errors.Add("request.url", problem);
        }

        var headers = ReadHeaders(request, errors);
        var username = fields.OptionalString("username");
        var password = fields.OptionalString("password");
        var (body, isJson) = request.TryGetPropertyValue("body", out var bodyNode) && bodyNode is not null
            ? bodyNode is JsonValue text && text.GetValueKind() == JsonValueKind.String
                ? (text.GetValue<string>(), false)
                : (bodyNode.ToJsonString(JsonResponse.SerializerOptions), true)
            : ((string?)null, false);
        return errors.Count > before ? null : new WebhookRequestTemplate(method!, url!, headers, body, isJson, username, password);
    }

    private string? ReadMethod(JsonFieldReader fields, ValidationErrors errors)
    {
        var method = fields.OptionalString("method", allowBlank: false) ?? (fields.Json["method"] is null ? "POST" : null);
        if (method is null)
        {
            return null;
        }

        if (!HttpMethods.Contains(method))
        {
            errors.Add("request.method", "is not a recognised HTTP method");
            return null;
        }

        var allowed = options.Webhooks.AllowedMethods;
        if (!allowed.Contains(method, StringComparer.OrdinalIgnoreCase))
        {
            errors.Add("request.method", allowed.Count == 1
                ? $"must be {allowed[0]}. See /doc/webhooks#whitelist for more information."
                : $"must be one of {string.Join(", ", allowed)}. See /doc/webhooks#whitelist for more information.");
            return null;
        }

        return method.ToUpperInvariant();
    }

    private static List<KeyValuePair<string, string>> ReadHeaders(JsonObject request, ValidationErrors errors)
    {
        var headers = new List<KeyValuePair<string, string>>();
        if (!request.TryGetPropertyValue("headers", out var node) || node is null)
        {
            return headers;
        }

        if (node is not JsonObject values)
        {
            errors.Add("request.headers", "must be an object of header names and values");
            return headers;
        }

        foreach (var (name, value) in values)
        {
            if (!IsToken(name))
            {
                errors.Add("request.headers", $"'{name}' is not a valid header name");
            }
            else if (value is JsonValue text && text.GetValueKind() == JsonValueKind.String && text.GetValue<string>().AsSpan().IndexOfAny('\r', '\n') < 0)
            {
                headers.Add(KeyValuePair.Create(name, text.GetValue<string>()));
            }
            else
            {
                errors.Add("request.headers", $"{name} must be a single-line string");
            }
        }

        return headers;
    }

    // RFC 9110 token characters: visible ASCII except separators.
    private static bool IsToken(string name) =>
        name.Length > 0 && name.All(c => c is > ' ' and < (char)127 && !"()<>@,;:\\\"/[]?={}".Contains(c, StringComparison.Ordinal));
}
