using System.Globalization;

namespace ContractTesting.Broker.Http;

/// <summary>Webhooks.</summary>
internal sealed partial class BrokerUrls
{
    public string Webhooks => $"{Base}/webhooks";

    public string Webhook(string uuid) => $"{Webhooks}/{uuid}";

    public string WebhookExecution(string uuid) => $"{Webhook(uuid)}/execute";

    public string WebhooksForIntegration(string provider, string consumer) => $"{Webhooks}/provider/{E(provider)}/consumer/{E(consumer)}";

    public string WebhooksForConsumer(string consumer) => $"{Webhooks}/consumer/{E(consumer)}";

    public string WebhooksForProvider(string provider) => $"{Webhooks}/provider/{E(provider)}";

    public string PactWebhooks(string provider, string consumer) => $"{Integration(provider, consumer)}/webhooks";

    public string PactWebhooksStatus(string provider, string consumer) => $"{PactWebhooks(provider, consumer)}/status";

    public string PactTriggeredWebhooks(string provider, string consumer, string consumerVersion) =>
        $"{Pact(provider, consumer, consumerVersion)}/triggered-webhooks";

    public string VerificationTriggeredWebhooks(string provider, string consumer, string sha, int number) =>
        $"{VerificationResults(provider, consumer, sha, null)}/{number.ToString(CultureInfo.InvariantCulture)}/triggered-webhooks";

    public string TriggeredWebhookLogs(string uuid) => $"{Base}/triggered-webhooks/{uuid}/logs";

    public string PacticipantsWithLabel(string label) => $"{Pacticipants}/label/{E(label)}";
}
