namespace ContractTesting.BrokerClient;

/// <summary>What the broker said about a publication.</summary>
public sealed record ContractsPublished
{
    /// <summary>
    /// The broker's notices, in order: what it created or updated, each pact published (or republished with no
    /// changes) and where to view it, the events raised, next steps.
    /// </summary>
    public IReadOnlyList<BrokerMessage> Notices { get; init; } = [];

    /// <summary>The consumer version's resource (<c>pb:pacticipant-version</c>), or null when the broker did not link it.</summary>
    public Uri? VersionUrl { get; init; }

    /// <summary>The published pacts' URLs (<c>pb:contracts</c>). Empty when the broker did not link them.</summary>
    public IReadOnlyList<Uri> ContractUrls { get; init; } = [];
}
