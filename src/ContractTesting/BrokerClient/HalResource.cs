using Newtonsoft.Json.Linq;

namespace ContractTesting.BrokerClient;

/// <summary>
/// A HAL document from a Pact Broker: its JSON, the URL it came from, its links (<c>_links</c>) and embedded
/// resources (<c>_embedded</c>).
/// </summary>
public sealed class HalResource
{
    private readonly Dictionary<string, HalLink> _links;

    /// <summary>Wraps a HAL document.</summary>
    /// <param name="location">The URL the document came from; relative hrefs resolve against it.</param>
    /// <param name="json">The document. It is not copied: do not change it while the resource is in use.</param>
    public HalResource(Uri location, JObject json)
    {
        ArgumentNullException.ThrowIfNull(location);
        ArgumentNullException.ThrowIfNull(json);
        Location = location;
        Json = json;
        _links = ReadLinks(json);
    }

    /// <summary>The URL the document came from.</summary>
    public Uri Location { get; }

    /// <summary>The whole document, links included.</summary>
    public JObject Json { get; }

    /// <summary>The relations the document links to (<c>self</c>, <c>pb:provider</c>, …).</summary>
    public IReadOnlyCollection<string> Relations => _links.Keys;

    /// <summary>The document's own URL (its <c>self</c> link), or null when it has none.</summary>
    public Uri? Self => Link("self") is { } self ? self.Expand(null, Location) : null;

    /// <summary>The link for a relation (the first, when the document has several), or null.</summary>
    public HalLink? Link(string relation)
    {
        ArgumentNullException.ThrowIfNull(relation);
        return _links.GetValueOrDefault(relation);
    }

    /// <summary>
    /// Every link for a relation, in order: the entries of an array (such as a version's <c>pb:record-deployment</c>,
    /// one per environment) or the one link. Empty when there is none.
    /// </summary>
    public IReadOnlyList<HalLink> Links(string relation)
    {
        ArgumentNullException.ThrowIfNull(relation);
        var value = (Json["_links"] as JObject)?[relation];
        return [.. (value is JArray array ? array.OfType<JObject>() : value is JObject one ? [one] : []).Select(ReadLink).OfType<HalLink>()];
    }

    /// <summary>The link for a relation.</summary>
    /// <exception cref="PactBrokerException">The document has no such link; the message lists the ones it has.</exception>
    public HalLink RequireLink(string relation) => Link(relation) ?? throw new PactBrokerException(
        $"The broker's resource at {Location} has no '{relation}' link (it has: {(_links.Count == 0 ? "no links" : string.Join(", ", _links.Keys))}).");

    /// <summary>
    /// The resources embedded under <paramref name="name"/> (<c>_embedded[name]</c>, an array or a single object),
    /// each located at its <c>self</c> link when it has one. Empty when there are none.
    /// </summary>
    public IReadOnlyList<HalResource> Embedded(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var embedded = (Json["_embedded"] as JObject)?[name];
        var items = embedded switch
        {
            JArray array => array.OfType<JObject>(),
            JObject single => [single],
            _ => [],
        };
        return [.. items.Select(item => new HalResource(Location, item)).Select(r => r.Self is { } self ? new HalResource(self, r.Json) : r)];
    }

    /// <inheritdoc />
    public override string ToString() => Location.ToString();

    private static Dictionary<string, HalLink> ReadLinks(JObject json)
    {
        var links = new Dictionary<string, HalLink>(StringComparer.Ordinal);
        if (json["_links"] is not JObject all)
        {
            return links;
        }

        foreach (var (relation, value) in all)
        {
            var first = value switch
            {
                JObject one => one,
                JArray array => array.OfType<JObject>().FirstOrDefault(),
                _ => null,
            };
            if (first is not null && ReadLink(first) is { } link)
            {
                links[relation] = link;
            }
        }

        return links;
    }

    private static HalLink? ReadLink(JObject link) => HalValues.Text(link["href"]) is { } href
        ? new HalLink(href, HalValues.Flag(link["templated"]) ?? false, HalValues.Text(link["title"]), HalValues.Text(link["name"]))
        : null;
}
