namespace ContractTesting.Rules;

/// <summary>The rules chosen for a path, and whether they were inherited from an ancestor path.</summary>
/// <param name="List">The rules.</param>
/// <param name="Cascaded">Whether the rules are defined on an ancestor of the path rather than on the path itself.</param>
internal readonly record struct SelectedRules(RuleList List, bool Cascaded)
{
    public bool IsEmpty => List.IsEmpty;
}
