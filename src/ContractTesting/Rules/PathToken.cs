using System.Globalization;

namespace ContractTesting.Rules;

/// <summary>One step of a <see cref="DocPath"/>.</summary>
/// <param name="Kind">What the token matches.</param>
/// <param name="Name">The field name for <see cref="PathTokenKind.Field"/>; otherwise <see langword="null"/>.</param>
/// <param name="Index">The index for <see cref="PathTokenKind.Index"/>; otherwise 0.</param>
public readonly record struct PathToken(PathTokenKind Kind, string? Name = null, int Index = 0)
{
    /// <summary>The root token.</summary>
    public static PathToken Root => new(PathTokenKind.Root);

    /// <summary>The <c>*</c> token.</summary>
    public static PathToken Star => new(PathTokenKind.Star);

    /// <summary>The <c>[*]</c> token.</summary>
    public static PathToken StarIndex => new(PathTokenKind.StarIndex);

    /// <summary>A field token.</summary>
    public static PathToken Field(string name) => new(PathTokenKind.Field, name);

    /// <summary>An index token.</summary>
    public static PathToken At(int index) => new(PathTokenKind.Index, Index: index);

    /// <summary>
    /// How well this token (from a rule's path) matches a token of a concrete path: 2 for an exact match,
    /// 1 for a wildcard match, 0 for no match. A field named with digits matches the same index and vice versa.
    /// </summary>
    internal int Weigh(PathToken concrete) => Kind switch
    {
        PathTokenKind.Root => concrete.Kind == PathTokenKind.Root ? 2 : 0,
        PathTokenKind.Field => concrete.Kind switch
        {
            PathTokenKind.Field => string.Equals(Name, concrete.Name, StringComparison.Ordinal) ? 2 : 0,
            PathTokenKind.Index => string.Equals(Name, concrete.Index.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal) ? 2 : 0,
            _ => 0,
        },
        PathTokenKind.Index => concrete.Kind switch
        {
            PathTokenKind.Index => concrete.Index == Index ? 2 : 0,
            PathTokenKind.Field => int.TryParse(concrete.Name, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i == Index ? 2 : 0,
            _ => 0,
        },
        PathTokenKind.StarIndex => concrete.Kind == PathTokenKind.Index || concrete.Kind == PathTokenKind.StarIndex ||
            (concrete.Kind == PathTokenKind.Field && int.TryParse(concrete.Name, NumberStyles.None, CultureInfo.InvariantCulture, out _)) ? 1 : 0,
        _ => 1,
    };
}
