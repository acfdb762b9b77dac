using System.Text;
using System.Text.Json.Nodes;
using ContractTesting.Broker.Http;

namespace ContractTesting.Broker.Pacts;

/// <summary>
/// The opaque <c>/metadata/{m}</c> segment of a pact URL: base64url (no padding) of a Rack query, as the Pact Broker
/// writes it. Pacts for verification put in why each pact was selected (<c>s[][b]</c> branch, <c>s[][t]</c> tag,
/// <c>s[][l]</c> latest, <c>s[][e]</c> environment, <c>s[][cv]</c> consumer version id), whether it was pending
/// (<c>p</c>) or work in progress (<c>w</c>); the verification results posted back to that URL record them.
/// Other links name a consumer version (<c>cvn</c>). Clients never read it.
/// </summary>
/// <param name="Selectors">The selectors the pact was chosen by.</param>
/// <param name="Pending">Whether it was pending for the provider version, if pending status was asked for.</param>
/// <param name="Wip">Whether it was included as a work-in-progress pact.</param>
/// <param name="ConsumerVersionNumber">The consumer version the link is for (<c>cvn</c>), if any.</param>
internal sealed record PactMetadata(IReadOnlyList<PactMetadata.Selector> Selectors, bool? Pending, bool Wip, string? ConsumerVersionNumber)
{
    public static PactMetadata None { get; } = new([], null, false, null);

    /// <summary>The segment, or <see langword="null"/> when there is nothing to say (the link has no metadata segment).</summary>
    public string? Encode()
    {
        var pairs = new List<KeyValuePair<string, string>>();
        if (Wip)
        {
            pairs.Add(new("w", "true"));
        }

        foreach (var selector in Selectors)
        {
            // Each selector starts with a key it always has, so that Rack starts a new object for it.
            pairs.Add(new("s[][cv]", selector.ConsumerVersionId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            AddIfSet(pairs, "s[][b]", selector.Branch);
            AddIfSet(pairs, "s[][t]", selector.Tag);
            AddIfSet(pairs, "s[][l]", selector.Latest is { } latest ? (latest ? "true" : "false") : null);
            AddIfSet(pairs, "s[][e]", selector.Environment);
        }

        AddIfSet(pairs, "p", Pending is { } pending ? (pending ? "true" : "false") : null);
        AddIfSet(pairs, "cvn", ConsumerVersionNumber);
        return pairs.Count == 0 ? null : Convert.ToBase64String(Encoding.UTF8.GetBytes(RackQuery.Build(pairs))).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <summary>Reads a segment; one that cannot be read is no metadata, as the segment is only ever a hint.</summary>
    public static PactMetadata Decode(string? segment)
    {
        if (string.IsNullOrEmpty(segment) || FromBase64Url(segment) is not { } text)
        {
            return None;
        }

        var query = RackQuery.Parse(text);
        var selectors = (query["s"] as JsonArray ?? []).OfType<JsonObject>()
            .Select(s => new Selector(
                long.TryParse(Text(s, "cv"), System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : 0,
                Text(s, "b"), Text(s, "t"), Text(s, "l") is { } l ? l == "true" : null, Text(s, "e")))
            .ToList();
        return new PactMetadata(selectors, Text(query, "p") is { } p ? p == "true" : null, Text(query, "w") == "true", Text(query, "cvn"));
    }

    private static void AddIfSet(List<KeyValuePair<string, string>> pairs, string key, string? value)
    {
        if (value is not null)
        {
            pairs.Add(new(key, value));
        }
    }

    private static string? Text(JsonObject json, string key) => json[key] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static string? FromBase64Url(string segment)
    {
        var base64 = segment.Replace('-', '+').Replace('_', '/');
        base64 = base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
        var bytes = new byte[base64.Length];
        return Convert.TryFromBase64String(base64, bytes, out var written) ? Encoding.UTF8.GetString(bytes, 0, written) : null;
    }

    /// <summary>One selector a pact was chosen by, resolved to the consumer version it picked.</summary>
    /// <param name="ConsumerVersionId">The consumer version's id.</param>
    /// <param name="Branch">The consumer branch, for branch selectors.</param>
    /// <param name="Tag">The consumer version tag, for tag selectors.</param>
    /// <param name="Latest">Whether the selector asked for the latest version.</param>
    /// <param name="Environment">The environment, for deployed and released selectors.</param>
    public sealed record Selector(long ConsumerVersionId, string? Branch, string? Tag, bool? Latest, string? Environment);
}
