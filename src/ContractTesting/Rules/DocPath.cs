using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ContractTesting.Rules;

/// <summary>
/// A path into a document, in the JSONPath subset that pact files use for matching rules and generators:
/// <c>$</c>, <c>.name</c>, <c>['name']</c>, <c>[0]</c>, <c>.*</c> and <c>[*]</c>. Immutable.
/// </summary>
public sealed partial class DocPath : IEquatable<DocPath>
{
    private readonly PathToken[] _tokens;
    private string? _expression;

    private DocPath(PathToken[] tokens, string? expression = null)
    {
        _tokens = tokens;
        _expression = expression;
    }

    /// <summary>The root path, <c>$</c>.</summary>
    public static DocPath Root { get; } = new([PathToken.Root], "$");

    /// <summary>The empty path, used for rules on a whole part (the request path, the status code).</summary>
    public static DocPath Empty { get; } = new([], string.Empty);

    /// <summary>The path as text, e.g. <c>$.items[0].name</c>.</summary>
    public string Expression => _expression ??= Build(_tokens);

    /// <summary>The tokens of the path.</summary>
    public IReadOnlyList<PathToken> Tokens => _tokens;

    /// <summary>The number of tokens.</summary>
    public int Length => _tokens.Length;

    /// <summary>Whether the path ends with a wildcard (<c>*</c> or <c>[*]</c>).</summary>
    public bool IsWildcard => _tokens.Length > 0 && _tokens[^1].Kind is PathTokenKind.Star or PathTokenKind.StarIndex;

    /// <summary>The name of the first field, e.g. <c>Accept</c> for <c>$.Accept</c>, or <see langword="null"/>.</summary>
    public string? FirstField => _tokens.FirstOrDefault(t => t.Kind == PathTokenKind.Field).Name;

    /// <summary>A path from tokens.</summary>
    public static DocPath FromTokens(IEnumerable<PathToken> tokens) => new([.. tokens]);

    /// <summary>
    /// Appends an object key as a step: a non-negative whole number becomes an index (so <c>"100"</c> is <c>$[100]</c>,
    /// as the reference implementation renders it), anything else a field (<c>"*"</c> included: a key is never a wildcard).
    /// </summary>
    public DocPath Join(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return IsCanonicalIndex(key, out var index) ? Append(PathToken.At(index)) : Append(PathToken.Field(key));
    }

    /// <summary>Appends a field step, whatever its text.</summary>
    public DocPath JoinField(string name) => Append(PathToken.Field(name));

    /// <summary>Appends an index step.</summary>
    public DocPath JoinIndex(int index) => Append(PathToken.At(index));

    /// <summary>Appends a token.</summary>
    public DocPath Append(PathToken token)
    {
        var tokens = new PathToken[_tokens.Length + 1];
        _tokens.CopyTo(tokens, 0);
        tokens[^1] = token;
        return new DocPath(tokens);
    }

    /// <summary>The same path with every field name in lower case (header names compare case-insensitively).</summary>
    public DocPath ToLowerInvariant() =>
        new([.. _tokens.Select(t => t.Kind == PathTokenKind.Field ? PathToken.Field(t.Name!.ToLowerInvariant()) : t)]);

    /// <summary>
    /// How well this path (a rule's path) applies to a concrete path: 0 when it does not apply, otherwise the product of
    /// the token weights (2 exact, 1 wildcard). A rule applies to the concrete path and everything below it.
    /// </summary>
    internal int Weight(DocPath concrete)
    {
        if (concrete._tokens.Length < _tokens.Length)
        {
            return 0;
        }

        var weight = 1;
        for (var i = 0; i < _tokens.Length && weight > 0; i++)
        {
            weight *= _tokens[i].Weigh(concrete._tokens[i]);
        }

        return weight;
    }

    /// <summary>Whether this rule path applies to the concrete path or one of its ancestors.</summary>
    internal bool Matches(DocPath concrete) => Weight(concrete) > 0;

    /// <summary>Whether this rule path applies to exactly the concrete path (not an ancestor of it).</summary>
    internal bool MatchesExactly(DocPath concrete) => _tokens.Length == concrete._tokens.Length && Matches(concrete);

    /// <summary>Whether both paths have the same steps, however they were written (<c>$.a</c> equals <c>$['a']</c>).</summary>
    public bool Equals(DocPath? other) => other is not null && _tokens.AsSpan().SequenceEqual(other._tokens);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DocPath);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var token in _tokens)
        {
            hash.Add(token);
        }

        return hash.ToHashCode();
    }

    /// <inheritdoc />
    public override string ToString() => Expression;

    private static bool IsCanonicalIndex(string part, out int index)
    {
        index = 0;
        return part.Length > 0 && part.Length <= 9 && part.All(char.IsAsciiDigit) && (part.Length == 1 || part[0] != '0') &&
            int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out index);
    }

    private static string Build(PathToken[] tokens)
    {
        var builder = new StringBuilder();
        foreach (var token in tokens)
        {
            switch (token.Kind)
            {
                case PathTokenKind.Root:
                    builder.Append('$');
                    break;
                case PathTokenKind.Field when IdentifierPattern().IsMatch(token.Name!):
                    builder.Append('.').Append(token.Name);
                    break;
                case PathTokenKind.Field:
                    builder.Append("['").Append(token.Name!.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal)).Append("']");
                    break;
                case PathTokenKind.Index:
                    builder.Append('[').Append(token.Index.ToString(CultureInfo.InvariantCulture)).Append(']');
                    break;
                case PathTokenKind.Star:
                    builder.Append(".*");
                    break;
                default:
                    builder.Append("[*]");
                    break;
            }
        }

        return builder.ToString();
    }

    [GeneratedRegex("^[_A-Za-z][_A-Za-z0-9]*$")]
    private static partial Regex IdentifierPattern();
}
