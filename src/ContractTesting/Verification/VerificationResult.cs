namespace ContractTesting.Verification;

/// <summary>
/// The outcome of a provider verification: one result per pact and per interaction, with a readable
/// <see cref="Summary"/> for assertion messages (<c>Assert.True(result.Passed, result.Summary)</c>).
/// </summary>
public sealed record VerificationResult
{
    /// <summary>The provider verified.</summary>
    public required string Provider { get; init; }

    /// <summary>The pacts verified, in the order their sources gave them.</summary>
    public required IReadOnlyList<PactVerificationResult> Pacts { get; init; }

    /// <summary>Problems with the run as a whole, such as finding no pacts. Empty when there were none.</summary>
    public IReadOnlyList<string> Errors { get; init; } = [];

    /// <summary>Warnings about the run as a whole (for example results not published, and why). Empty by default.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Every interaction result, pact by pact.</summary>
    public IEnumerable<InteractionResult> Interactions => Pacts.SelectMany(p => p.Interactions);

    /// <summary>Whether the provider honours every pact: no run error and no failed interaction that is not pending.</summary>
    public bool Passed => Errors.Count == 0 && Pacts.All(p => p.Passed);

    /// <summary>
    /// What happened, for people: the counts, then each failed interaction with its mismatches
    /// (part, location, expected, actual) and errors.
    /// </summary>
    public string Summary => VerificationText.Summary(this);
}
