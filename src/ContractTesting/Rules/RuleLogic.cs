namespace ContractTesting.Rules;

/// <summary>How the rules in a <see cref="RuleList"/> combine.</summary>
public enum RuleLogic
{
    /// <summary>Every rule must pass.</summary>
    And,

    /// <summary>At least one rule must pass.</summary>
    Or,
}
