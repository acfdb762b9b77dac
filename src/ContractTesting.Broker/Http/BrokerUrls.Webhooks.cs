namespace ContractTesting.Broker.Http;

/// <summary>Webhooks.</summary>
internal sealed partial class BrokerUrls
{
    public string Webhooks => $"{Base}/webhooks";

    public string Webhook(string uuid) => $"{Webhooks}/{uuid}";

    public string WebhooksForIntegration(string provider, string consumer) => $"{Webhooks}/provider/{E(provider)}/consumer/{E(consumer)}";

    public string WebhooksForConsumer(string consumer) => $"{Webhooks}/consumer/{E(consumer)}";

    public string WebhooksForProvider(string provider) => $"{Webhooks}/provider/{E(provider)}";

    public string PactTriggeredWebhooks(string provider, string consumer, string consumerVersion) =>
        $"{Pact(provider, consumer, consumerVersion)}/triggered-webhooks";
}
