namespace ContractTesting.Broker.Integrations;

/// <summary>A consumer and provider that have a pact, with when the broker first saw them together.</summary>
internal sealed class IntegrationRow
{
    public string ConsumerName { get; init; } = "";

    public string ProviderName { get; init; } = "";

    public DateTimeOffset CreatedAt { get; init; }
}
