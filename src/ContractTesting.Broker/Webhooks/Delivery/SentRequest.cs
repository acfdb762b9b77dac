namespace ContractTesting.Broker.Webhooks.Delivery;

/// <summary>A request as sent, credentials masked.</summary>
internal sealed record SentRequest(string Method, string Url, IReadOnlyList<KeyValuePair<string, string>> Headers, string? Body);
