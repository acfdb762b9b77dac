namespace ContractTesting.Broker.Webhooks;

/// <summary>Which pact is the newest for a webhook's consumer and provider: its consumer version and provider.</summary>
internal sealed class LatestPactKey
{
    public long ConsumerVersionId { get; init; }

    public long ProviderId { get; init; }
}
