namespace ContractTesting.Broker.Tests.Support;

/// <summary>Webhook options for tests: plain HTTP to 127.0.0.1 (responses logged), quick retries, quick polling.</summary>
public static class LoopbackWebhooks
{
    public static BrokerWebhookOptions Options(params double[] retrySeconds) => new()
    {
        AllowedSchemes = ["http"],
        AllowedHosts = ["127.0.0.1"],
        RetrySchedule = retrySeconds.Length == 0 ? [TimeSpan.FromMilliseconds(20)] : [.. retrySeconds.Select(TimeSpan.FromSeconds)],
        PollInterval = TimeSpan.FromMilliseconds(200),
        Timeout = TimeSpan.FromSeconds(10),
    };

    public static Func<BrokerOptions, BrokerOptions> Configure(params double[] retrySeconds) => o => o with { Webhooks = Options(retrySeconds) };
}
