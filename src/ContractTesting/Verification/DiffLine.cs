namespace ContractTesting.Verification;

/// <summary>One line of a diff between an expected and an actual value.</summary>
/// <param name="Kind">Whether the line is in both values, only the expected, only the actual, or stands for unchanged lines left out.</param>
/// <param name="Text">The line; for <see cref="DiffLineKind.Skipped"/>, how many lines were left out.</param>
internal readonly record struct DiffLine(DiffLineKind Kind, string Text);
