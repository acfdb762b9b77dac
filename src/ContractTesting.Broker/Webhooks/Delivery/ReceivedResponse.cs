namespace ContractTesting.Broker.Webhooks.Delivery;

/// <summary>An answer: its status, headers and (up to <see cref="WebhookSender.MaxLoggedBodyBytes"/> of) its body.</summary>
internal sealed record ReceivedResponse(int Status, string Reason, string HttpVersion, IReadOnlyList<KeyValuePair<string, string>> Headers, string Body);
