namespace ContractTesting.Broker.Tests.Support;

/// <summary>A request a <see cref="WebhookReceiver"/> got.</summary>
public sealed record ReceivedRequest(string Method, string PathAndQuery, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
