using System.Text.RegularExpressions;

namespace ContractTesting.BrokerClient;

/// <summary>
/// A link of a HAL resource (<c>_links[rel]</c>): an href that may be a template with <c>{name}</c> placeholders.
/// </summary>
/// <param name="Href">The href, absolute or relative to the resource it came from.</param>
/// <param name="Templated">Whether the broker marked it as a template (<c>"templated": true</c>).</param>
/// <param name="Title">Its title, or null.</param>
/// <param name="Name">Its name, or null.</param>
public sealed partial record HalLink(string Href, bool Templated = false, string? Title = null, string? Name = null)
{
    /// <summary>
    /// The link's URL with each <c>{name}</c> placeholder that <paramref name="values"/> has replaced by its value,
    /// percent-encoded as the official clients encode it (a <c>/</c> becomes <c>%2F</c>, a space <c>%20</c>).
    /// Placeholders without a value stay as they are. A relative href is resolved against <paramref name="relativeTo"/>.
    /// </summary>
    /// <exception cref="PactBrokerException">The expanded href is not a valid URL.</exception>
    public Uri Expand(IReadOnlyDictionary<string, string>? values, Uri relativeTo)
    {
        ArgumentNullException.ThrowIfNull(relativeTo);
        var href = values is null || values.Count == 0 ? Href : Placeholder().Replace(Href, m =>
            values.TryGetValue(m.Groups[1].Value, out var value) ? Uri.EscapeDataString(value) : m.Value);
        if (!Uri.TryCreate(relativeTo, href, out var url) || url.Scheme is not ("http" or "https"))
        {
            throw new PactBrokerException($"The link '{Href}' does not lead to an http(s) URL (expanded: '{href}', relative to {relativeTo}).");
        }

        return url;
    }

    /// <summary>The names of the placeholders in the href, in order.</summary>
    public IReadOnlyList<string> Placeholders => [.. Placeholder().Matches(Href).Select(m => m.Groups[1].Value)];

    /// <inheritdoc />
    public override string ToString() => Templated ? $"{Href} (templated)" : Href;

    [GeneratedRegex(@"\{(\w+)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
