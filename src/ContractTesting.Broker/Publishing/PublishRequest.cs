namespace ContractTesting.Broker.Publishing;

/// <summary>A validated <c>POST /contracts/publish</c>: a consumer version, its branch, build and tags, and its pacts.</summary>
internal sealed record PublishRequest(
    string PacticipantName,
    string VersionNumber,
    string? Branch,
    string? BuildUrl,
    IReadOnlyList<string> Tags,
    IReadOnlyList<ContractToPublish> Contracts);
