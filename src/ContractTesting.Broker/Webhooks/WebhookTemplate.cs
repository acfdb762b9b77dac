using System.Text.RegularExpressions;

namespace ContractTesting.Broker.Webhooks;

/// <summary>
/// The <c>${pactbroker.name}</c> placeholders of webhook URLs, headers, bodies and credentials. A placeholder whose
/// name is not a known parameter stays as it is, as in the Pact Broker.
/// </summary>
internal static partial class WebhookTemplate
{
    /// <summary>Whether the text contains a placeholder.</summary>
    public static bool HasParameter(string? text) => text is not null && Parameter().IsMatch(text);

    /// <summary>The text with every placeholder replaced by <paramref name="placeholder"/> (to check a URL's shape).</summary>
    public static string WithPlaceholder(string text, string placeholder = "placeholder") => Parameter().Replace(text, placeholder);

    /// <summary>The text with each known placeholder replaced by its value, passed through <paramref name="escape"/>.</summary>
    public static string Render(string text, IReadOnlyDictionary<string, string> values, Func<string, string> escape) =>
        Parameter().Replace(text, match => values.TryGetValue(match.Value[2..^1], out var value) ? escape(value) : match.Value);

    [GeneratedRegex(@"\$\{pactbroker\.[^}]+\}", RegexOptions.CultureInvariant)]
    private static partial Regex Parameter();
}
