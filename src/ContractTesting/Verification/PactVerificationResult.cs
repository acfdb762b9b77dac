using ContractTesting.Sources;

namespace ContractTesting.Verification;

/// <summary>The verification of one pact: the result of each of its interactions that the filter took.</summary>
public sealed record PactVerificationResult
{
    /// <summary>The pact and where it came from.</summary>
    public required LoadedPact Source { get; init; }

    /// <summary>The interactions verified, in the pact's order.</summary>
    public required IReadOnlyList<InteractionResult> Interactions { get; init; }

    /// <summary>How many of the pact's interactions the filter left out.</summary>
    public int FilteredOut { get; init; }

    /// <summary>Whether no interaction failed the verification (pending failures do not).</summary>
    public bool Passed => !Interactions.Any(i => i.FailsVerification);

    /// <summary>Whether every interaction passed, pending ones included: what a broker is told.</summary>
    public bool AllPassed => Interactions.All(i => i.Status == InteractionStatus.Passed);
}
