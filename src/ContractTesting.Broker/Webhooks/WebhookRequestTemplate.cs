using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ContractTesting.Broker.Webhooks;

/// <summary>
/// The request a webhook sends, with <c>${pactbroker.*}</c> placeholders still in it. Headers keep their order and
/// spelling. A JSON body is kept as JSON text (<see cref="IsJsonBody"/>), any other body as the string given.
/// </summary>
/// <param name="Method">The HTTP method, upper case.</param>
/// <param name="Url">The URL template.</param>
/// <param name="Headers">The header templates.</param>
/// <param name="Body">The body template, or <see langword="null"/> for none.</param>
/// <param name="IsJsonBody">Whether <paramref name="Body"/> is JSON (it was given as a JSON value rather than a string).</param>
/// <param name="Username">The user for HTTP Basic authentication, if any.</param>
/// <param name="Password">Its password, if any.</param>
internal sealed partial record WebhookRequestTemplate(
    string Method,
    string Url,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    string? Body,
    bool IsJsonBody,
    string? Username,
    string? Password)
{
    /// <summary>What the Pact Broker shows in place of a secret.</summary>
    public const string Mask = "**********";

    /// <summary>The method and host, e.g. <c>POST ci.example.com</c>.</summary>
    public string Description => $"{Method.ToUpperInvariant()} {Host}";

    /// <summary>The host of the URL (placeholders cannot be in it).</summary>
    public string Host => Uri.TryCreate(WebhookTemplate.WithPlaceholder(Url), UriKind.Absolute, out var uri) ? uri.Host : "";

    /// <summary>The password as shown to clients: masked, unless it is only a placeholder reference.</summary>
    public string? DisplayPassword => Password is null ? null : WebhookTemplate.HasParameter(Password) ? Password : Mask;

    /// <summary>The headers as shown to clients: those that carry credentials masked, unless they hold a placeholder.</summary>
    public IEnumerable<KeyValuePair<string, string>> DisplayHeaders =>
        Headers.Select(h => IsSecretHeader(h.Key) && !WebhookTemplate.HasParameter(h.Value) ? new KeyValuePair<string, string>(h.Key, Mask) : h);

    /// <summary>The body as a JSON value for responses: the JSON itself, or a string.</summary>
    public JsonNode? BodyNode => Body is null ? null : IsJsonBody ? JsonNode.Parse(Body) : JsonValue.Create(Body);

    /// <summary>Whether a header's value is a credential (its name mentions authorization or a token).</summary>
    public static bool IsSecretHeader(string name) => SecretHeader().IsMatch(name);

    /// <summary>Whether a value sent back by a client is a mask (only asterisks, or empty), meaning "keep the stored secret".</summary>
    public static bool IsMasked(string? value) => value is not null && value.All(c => c == '*');

    [GeneratedRegex("authorization|token", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SecretHeader();
}
