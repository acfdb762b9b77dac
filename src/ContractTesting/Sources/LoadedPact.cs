using ContractTesting.Models;

namespace ContractTesting.Sources;

/// <summary>A pact to verify, with what its source says about it.</summary>
public sealed record LoadedPact
{
    /// <summary>The pact.</summary>
    public required Pact Pact { get; init; }

    /// <summary>Where it came from: a file path or a URL.</summary>
    public required string Origin { get; init; }

    /// <summary>
    /// Whether the whole pact is pending (a broker says so when the provider has never verified it): its failures are
    /// reported but do not fail the verification. Defaults to false.
    /// </summary>
    public bool Pending { get; init; }

    /// <summary>Whether a broker included the pact as work in progress (always pending). Defaults to false.</summary>
    public bool WorkInProgress { get; init; }

    /// <summary>Why the source included the pact, as a broker words it (e.g. "latest from main branch"). Empty by default.</summary>
    public IReadOnlyList<string> Notices { get; init; } = [];

    /// <summary>
    /// Publishes the verification results of this pact where they belong (the broker it came from, through its
    /// <c>pb:publish-verification-results</c> link), or null when results for it cannot be published.
    /// </summary>
    public IVerificationResultsPublisher? ResultsPublisher { get; init; }

    /// <summary>Describes the pact for people: "OrderService → UserService (pacts/OrderService-UserService.json)".</summary>
    public override string ToString() => $"{Pact.Consumer.Name} → {Pact.Provider.Name} ({Origin})";
}
