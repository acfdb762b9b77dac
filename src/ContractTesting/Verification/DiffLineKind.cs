namespace ContractTesting.Verification;

/// <summary>What a <see cref="DiffLine"/> is.</summary>
internal enum DiffLineKind
{
    /// <summary>In both values.</summary>
    Same,

    /// <summary>Only in the expected value.</summary>
    Expected,

    /// <summary>Only in the actual value.</summary>
    Actual,

    /// <summary>Unchanged lines left out of the diff.</summary>
    Skipped,
}
