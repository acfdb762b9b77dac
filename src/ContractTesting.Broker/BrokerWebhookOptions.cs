using System.Globalization;

namespace ContractTesting.Broker;

/// <summary>
/// How webhooks are checked and sent, read from the <c>Broker:Webhooks</c> section. The defaults are the Pact
/// Broker's: only <c>POST</c> to <c>https</c> URLs, seven attempts over about 38 minutes, and response details kept
/// out of the logs unless <see cref="AllowedHosts"/> limits where webhooks may go.
/// </summary>
public sealed record BrokerWebhookOptions
{
    /// <summary>The waits between attempts: 10 s, 1, 2, 5, 10 and 20 minutes (seven attempts in all).</summary>
    public static IReadOnlyList<TimeSpan> DefaultRetrySchedule { get; } =
        [TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(20)];

    /// <summary>
    /// The wait before each retry of a failed delivery (a connection error, a timeout or a status outside 200–299).
    /// A delivery is attempted once more than there are entries, then marked failed. Defaults to
    /// <see cref="DefaultRetrySchedule"/>; configured as seconds, e.g. <c>Broker:Webhooks:RetrySchedule=10,60,120</c>.
    /// </summary>
    public IReadOnlyList<TimeSpan> RetrySchedule { get; init; } = DefaultRetrySchedule;

    /// <summary>How long one attempt may take, connecting included (<c>Broker:Webhooks:TimeoutSeconds</c>). Defaults to 15 seconds.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>The HTTP methods a webhook may use (<c>Broker:Webhooks:AllowedMethods=POST,PUT</c>). Defaults to <c>POST</c>.</summary>
    public IReadOnlyList<string> AllowedMethods { get; init; } = ["POST"];

    /// <summary>The URL schemes a webhook may use (<c>Broker:Webhooks:AllowedSchemes=https,http</c>). Defaults to <c>https</c>.</summary>
    public IReadOnlyList<string> AllowedSchemes { get; init; } = ["https"];

    /// <summary>
    /// The hosts webhooks may call: names (<c>ci.example.com</c>), wildcards (<c>*.example.com</c>), IP addresses and
    /// CIDR ranges (<c>10.0.0.0/8</c>); configured comma-separated. Empty (the default) allows any host, and then
    /// the execution logs leave out the response, so that webhooks cannot be used to read other services' answers.
    /// </summary>
    public IReadOnlyList<string> AllowedHosts { get; init; } = [];

    /// <summary>
    /// How often the background sender looks for deliveries that are due (<c>Broker:Webhooks:PollIntervalSeconds</c>).
    /// A request that triggers webhooks wakes this broker's sender as soon as it commits; polling picks up retries
    /// and what other broker instances on the same database triggered. Defaults to 5 seconds.
    /// </summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Reads the options from a <c>Broker:Webhooks</c> section.</summary>
    /// <exception cref="InvalidOperationException">A value cannot be read; the message names it.</exception>
    public static BrokerWebhookOptions FromConfiguration(IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(section);
        var options = new BrokerWebhookOptions();
        return options with
        {
            RetrySchedule = section["RetrySchedule"] is { } schedule ? [.. List(schedule).Select(s => Seconds(s, "RetrySchedule"))] : options.RetrySchedule,
            Timeout = section["TimeoutSeconds"] is { Length: > 0 } timeout ? Seconds(timeout, "TimeoutSeconds") : options.Timeout,
            AllowedMethods = section["AllowedMethods"] is { Length: > 0 } methods ? List(methods) : options.AllowedMethods,
            AllowedSchemes = section["AllowedSchemes"] is { Length: > 0 } schemes ? List(schemes) : options.AllowedSchemes,
            AllowedHosts = section["AllowedHosts"] is { } hosts ? List(hosts) : options.AllowedHosts,
            PollInterval = section["PollIntervalSeconds"] is { Length: > 0 } poll ? Seconds(poll, "PollIntervalSeconds") : options.PollInterval,
        };
    }

    /// <summary>Checks the options.</summary>
    /// <exception cref="InvalidOperationException">An option is out of range; the message says which.</exception>
    public void Validate()
    {
        if (RetrySchedule.Any(wait => wait < TimeSpan.Zero))
        {
            throw new InvalidOperationException("BrokerOptions.Webhooks.RetrySchedule cannot contain negative waits.");
        }

        if (Timeout <= TimeSpan.Zero)
        {
            throw new InvalidOperationException($"BrokerOptions.Webhooks.Timeout must be positive (it is {Timeout}).");
        }

        if (PollInterval <= TimeSpan.Zero)
        {
            throw new InvalidOperationException($"BrokerOptions.Webhooks.PollInterval must be positive (it is {PollInterval}).");
        }

        if (AllowedMethods.Count == 0 || AllowedSchemes.Count == 0)
        {
            throw new InvalidOperationException("BrokerOptions.Webhooks.AllowedMethods and AllowedSchemes need at least one entry each.");
        }

        if (AllowedSchemes.FirstOrDefault(s => !s.Equals("http", StringComparison.OrdinalIgnoreCase) && !s.Equals("https", StringComparison.OrdinalIgnoreCase)) is { } scheme)
        {
            throw new InvalidOperationException($"BrokerOptions.Webhooks.AllowedSchemes: '{scheme}' is not http or https.");
        }

        if (AllowedHosts.FirstOrDefault(h => h.Trim().Length == 0) is not null)
        {
            throw new InvalidOperationException("BrokerOptions.Webhooks.AllowedHosts cannot contain blank entries.");
        }
    }

    private static string[] List(string value) =>
        value.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static TimeSpan Seconds(string value, string key) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0 && double.IsFinite(seconds)
            ? TimeSpan.FromSeconds(seconds)
            : throw new InvalidOperationException($"Broker:Webhooks:{key} '{value}' is not a number of seconds.");
}
