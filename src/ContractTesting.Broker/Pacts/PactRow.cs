namespace ContractTesting.Broker.Pacts;

/// <summary>
/// A pact publication (one revision of a consumer version's pact with a provider) with its content version and
/// names. <see cref="Content"/> is empty when a list query left it out.
/// </summary>
internal sealed class PactRow
{
    public long PublicationId { get; init; }

    public int RevisionNumber { get; init; }

    public long PactVersionId { get; init; }

    public string Sha { get; init; } = "";

    public string Content { get; init; } = "";

    public long ConsumerId { get; init; }

    public string ConsumerName { get; init; } = "";

    public long ProviderId { get; init; }

    public string ProviderName { get; init; } = "";

    public long ConsumerVersionId { get; init; }

    public string ConsumerVersionNumber { get; init; } = "";

    public long ConsumerVersionOrder { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>The name the Pact Broker gives a pact: <c>Pact between C (v) and P</c>.</summary>
    public string Title => $"Pact between {ConsumerName} ({ConsumerVersionNumber}) and {ProviderName}";
}
