namespace ContractTesting.Rules;

/// <summary>The kinds of token in a <see cref="DocPath"/>.</summary>
public enum PathTokenKind
{
    /// <summary>The root, <c>$</c>.</summary>
    Root,

    /// <summary>A named field, <c>.name</c> or <c>['name']</c>.</summary>
    Field,

    /// <summary>An array index, <c>[0]</c>.</summary>
    Index,

    /// <summary>Any field, <c>.*</c>.</summary>
    Star,

    /// <summary>Any array index, <c>[*]</c>.</summary>
    StarIndex,
}
