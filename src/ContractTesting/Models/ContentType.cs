using System.Diagnostics.CodeAnalysis;

namespace ContractTesting.Models;

/// <summary>
/// A media type such as <c>application/json; charset=utf-8</c> or <c>application/vnd.siren+json</c>.
/// Type, subtype and parameter names compare case-insensitively; <see cref="ToString"/> returns the text it was parsed from.
/// </summary>
public sealed class ContentType : IEquatable<ContentType>
{
    private readonly string _text;

    private ContentType(string type, string subtype, string? suffix, IReadOnlyList<KeyValuePair<string, string>> parameters, string text)
    {
        Type = type;
        Subtype = subtype;
        Suffix = suffix;
        Parameters = parameters;
        _text = text;
    }

    /// <summary><c>application/json</c>.</summary>
    public static ContentType Json { get; } = Parse("application/json");

    /// <summary><c>application/xml</c>.</summary>
    public static ContentType Xml { get; } = Parse("application/xml");

    /// <summary><c>text/plain</c>.</summary>
    public static ContentType Text { get; } = Parse("text/plain");

    /// <summary><c>text/html</c>.</summary>
    public static ContentType Html { get; } = Parse("text/html");

    /// <summary><c>application/x-www-form-urlencoded</c>.</summary>
    public static ContentType FormUrlEncoded { get; } = Parse("application/x-www-form-urlencoded");

    /// <summary><c>application/octet-stream</c>.</summary>
    public static ContentType OctetStream { get; } = Parse("application/octet-stream");

    /// <summary>The top-level type in lower case, e.g. <c>application</c>.</summary>
    public string Type { get; }

    /// <summary>The subtype in lower case without any structured suffix, e.g. <c>vnd.siren</c> for <c>application/vnd.siren+json</c>.</summary>
    public string Subtype { get; }

    /// <summary>The structured syntax suffix in lower case (<c>json</c>, <c>xml</c>), or <see langword="null"/>.</summary>
    public string? Suffix { get; }

    /// <summary>The parameters in order, names in lower case, values as written (unquoted).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Parameters { get; }

    /// <summary>The media type without parameters, e.g. <c>application/vnd.siren+json</c>.</summary>
    public string MediaType => Suffix is null ? $"{Type}/{Subtype}" : $"{Type}/{Subtype}+{Suffix}";

    /// <summary>The <c>charset</c> parameter, or <see langword="null"/>.</summary>
    public string? Charset => Parameter("charset");

    /// <summary>The <c>boundary</c> parameter of a multipart type, or <see langword="null"/>.</summary>
    public string? Boundary => Parameter("boundary");

    /// <summary>Whether this is JSON: <c>application/json</c>, a <c>+json</c> suffix, or <c>application/graphql</c>.</summary>
    public bool IsJson => Type == "application" && (Subtype.StartsWith("json", StringComparison.Ordinal) || Suffix == "json" || Subtype == "graphql");

    /// <summary>Whether this is XML: <c>application/xml</c>, <c>text/xml</c> or an <c>+xml</c> suffix.</summary>
    public bool IsXml => Type is "application" or "text" && (Subtype == "xml" || Suffix == "xml");

    /// <summary>Whether the content is text: <c>text/*</c>, JSON, XML or form-urlencoded.</summary>
    public bool IsText => Type == "text" || IsXml || IsJson || IsFormUrlEncoded;

    /// <summary>Whether the content is binary: audio, font, image, video, or anything that is not text.</summary>
    public bool IsBinary => Type is "audio" or "font" or "image" or "video" || (Type != "text" && !IsText);

    /// <summary>Whether this is a multipart type such as <c>multipart/form-data</c>.</summary>
    public bool IsMultipart => Type == "multipart";

    /// <summary>Whether this is <c>application/x-www-form-urlencoded</c>.</summary>
    public bool IsFormUrlEncoded => Type == "application" && Subtype == "x-www-form-urlencoded";

    /// <summary>Whether the type or subtype is a wildcard (<c>*</c>).</summary>
    public bool IsWildcard => Type == "*" || Subtype == "*";

    /// <summary>The type with a structured suffix as its subtype and no parameters: <c>application/json</c> for <c>application/vnd.siren+json</c>.</summary>
    public ContentType BaseType => Suffix is null && Parameters.Count == 0
        ? this
        : new ContentType(Type, Suffix ?? Subtype, null, [], $"{Type}/{Suffix ?? Subtype}");

    /// <summary>Parses a media type.</summary>
    /// <exception cref="FormatException">The text is not of the form <c>type/subtype; name=value</c>.</exception>
    public static ContentType Parse(string text) =>
        TryParse(text, out var contentType)
            ? contentType
            : throw new FormatException($"'{text}' is not a valid content type: expected 'type/subtype' optionally followed by '; name=value' parameters.");

    /// <summary>Tries to parse a media type.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out ContentType? contentType)
    {
        contentType = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var segments = SplitParameters(text);
        var mediaType = segments[0].Trim();
        var slash = mediaType.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || slash == mediaType.Length - 1 || mediaType.IndexOf('/', slash + 1) >= 0 || mediaType.Any(char.IsWhiteSpace))
        {
            return false;
        }

        var type = mediaType[..slash].ToLowerInvariant();
        var subtype = mediaType[(slash + 1)..].ToLowerInvariant();
        string? suffix = null;
        var plus = subtype.LastIndexOf('+');
        if (plus > 0 && plus < subtype.Length - 1)
        {
            suffix = subtype[(plus + 1)..];
            subtype = subtype[..plus];
        }

        var parameters = new List<KeyValuePair<string, string>>();
        foreach (var segment in segments.Skip(1))
        {
            var equals = segment.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                if (segment.Trim().Length == 0)
                {
                    continue;
                }

                return false;
            }

            var value = segment[(equals + 1)..].Trim();
            if (value.Length >= 2 && value[0] == '"' && value[^1] == '"')
            {
                value = value[1..^1].Replace("\\\"", "\"", StringComparison.Ordinal);
            }

            parameters.Add(new(segment[..equals].Trim().ToLowerInvariant(), value));
        }

        contentType = new ContentType(type, subtype, suffix, parameters, text.Trim());
        return true;
    }

    /// <summary>The value of a parameter (name compared case-insensitively), or <see langword="null"/>.</summary>
    public string? Parameter(string name) =>
        Parameters.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    /// <summary>
    /// Whether a body of this type can be compared with a body of <paramref name="other"/>: the same media type (any two of
    /// <c>application/xml</c> and <c>text/xml</c> count as the same), and the same parameters when this type has any.
    /// </summary>
    public bool IsEquivalentTo(ContentType other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (!string.Equals(MediaType, other.MediaType, StringComparison.Ordinal))
        {
            var bothStrictXml = Subtype == "xml" && other.Subtype == "xml" && Suffix is null && other.Suffix is null;
            if (!bothStrictXml)
            {
                return false;
            }
        }

        return Parameters.Count == 0 || SameParameters(other);
    }

    /// <inheritdoc />
    public bool Equals(ContentType? other) =>
        other is not null && MediaType == other.MediaType && SameParameters(other);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ContentType);

    /// <inheritdoc />
    public override int GetHashCode() => MediaType.GetHashCode(StringComparison.Ordinal);

    /// <summary>The text this content type was parsed from.</summary>
    public override string ToString() => _text;

    private bool SameParameters(ContentType other) =>
        Parameters.Count == other.Parameters.Count &&
        Parameters.All(p => string.Equals(other.Parameter(p.Key), p.Value, StringComparison.OrdinalIgnoreCase));

    private static List<string> SplitParameters(string text)
    {
        var segments = new List<string>();
        var start = 0;
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '"')
            {
                quoted = !quoted;
            }
            else if (text[i] == ';' && !quoted)
            {
                segments.Add(text[start..i]);
                start = i + 1;
            }
        }

        segments.Add(text[start..]);
        return segments;
    }
}
