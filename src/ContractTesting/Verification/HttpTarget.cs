namespace ContractTesting.Verification;

/// <summary>Where HTTP interactions are replayed: a client, its base address, and what is added to each request.</summary>
internal sealed class HttpTarget(HttpClient client, Uri baseAddress)
{
    public HttpClient Client { get; } = client;

    public Uri BaseAddress { get; } = baseAddress;

    public List<KeyValuePair<string, string>> CustomHeaders { get; } = [];

    public List<Func<HttpRequestMessage, CancellationToken, Task>> RequestFilters { get; } = [];

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
