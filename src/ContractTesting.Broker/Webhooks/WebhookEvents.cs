using ContractTesting.Broker.Events;

namespace ContractTesting.Broker.Webhooks;

/// <summary>The events a webhook can subscribe to, and the one it gets when it names none.</summary>
internal static class WebhookEvents
{
    /// <summary>What a webhook created without <c>events</c> listens to, as in the Pact Broker.</summary>
    public const string Default = BrokerEvent.ContractContentChanged;

    public static IReadOnlyList<string> All { get; } =
    [
        BrokerEvent.ContractPublished,
        BrokerEvent.ContractContentChanged,
        BrokerEvent.ProviderVerificationPublished,
        BrokerEvent.ProviderVerificationSucceeded,
        BrokerEvent.ProviderVerificationFailed,
        BrokerEvent.ContractRequiringVerificationPublished,
    ];

    public static bool IsVerificationEvent(string name) => name.StartsWith("provider_verification_", StringComparison.Ordinal);
}
