namespace ContractTesting.BrokerClient;

/// <summary>Where a Pact Broker is and how to reach it (see <see cref="PactBrokerClient"/>).</summary>
public sealed record PactBrokerOptions
{
    /// <summary>The environment variable with the broker's base URL, as the official clients read it.</summary>
    public const string BaseUrlVariable = "PACT_BROKER_BASE_URL";

    /// <summary>The environment variable with a bearer token.</summary>
    public const string TokenVariable = "PACT_BROKER_TOKEN";

    /// <summary>The environment variable with a basic-auth user name.</summary>
    public const string UsernameVariable = "PACT_BROKER_USERNAME";

    /// <summary>The environment variable with a basic-auth password.</summary>
    public const string PasswordVariable = "PACT_BROKER_PASSWORD";

    /// <summary>
    /// The broker's base URL, e.g. <c>https://broker.example.com</c> or one with a context path
    /// (<c>http://host/broker</c>). Its index (<c>GET /</c>) is the starting point of every navigation. Required.
    /// </summary>
    public required Uri BaseUrl { get; init; }

    /// <summary>How requests authenticate, or null (the default) for none.</summary>
    public BrokerAuthentication? Authentication { get; init; }

    /// <summary>How long one request to the broker may take. Defaults to 30 seconds.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How many times a request is tried again after an answer of 408, 429 or 5xx or a failure to connect, as the
    /// official clients do. Defaults to 3.
    /// </summary>
    public int Retries { get; init; } = 3;

    /// <summary>The wait before the first retry; it doubles with each further one. Defaults to 500 milliseconds.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The clock retries wait on. Defaults to <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>
    /// The options the environment describes, as the official <c>pact broker</c> CLI and <c>pact verifier</c> read it:
    /// <c>PACT_BROKER_BASE_URL</c>; then <c>PACT_BROKER_TOKEN</c> (a bearer token, which wins when both are set) or
    /// <c>PACT_BROKER_USERNAME</c> with <c>PACT_BROKER_PASSWORD</c> (basic auth; the password may be empty).
    /// </summary>
    /// <exception cref="InvalidOperationException">
    /// <c>PACT_BROKER_BASE_URL</c> is not set or not an absolute http(s) URL, or a password is set without a user name.
    /// </exception>
    public static PactBrokerOptions FromEnvironment() => FromVariables(Environment.GetEnvironmentVariable);

    /// <summary>The options from a source of variables (the environment, or a test's dictionary).</summary>
    internal static PactBrokerOptions FromVariables(Func<string, string?> variable)
    {
        var baseUrl = NonEmpty(variable(BaseUrlVariable))
            ?? throw new InvalidOperationException($"{BaseUrlVariable} is not set: it must hold the Pact Broker's base URL.");
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            throw new InvalidOperationException($"{BaseUrlVariable} must be an absolute http or https URL, not '{baseUrl}'.");
        }

        var token = NonEmpty(variable(TokenVariable));
        var username = NonEmpty(variable(UsernameVariable));
        var password = variable(PasswordVariable);
        if (token is null && username is null && !string.IsNullOrEmpty(password))
        {
            throw new InvalidOperationException($"{PasswordVariable} is set but {UsernameVariable} is not: basic auth needs both.");
        }

        var authentication = token is not null ? BrokerAuthentication.Bearer(token)
            : username is not null ? BrokerAuthentication.Basic(username, password)
            : null;
        return new PactBrokerOptions { BaseUrl = url, Authentication = authentication };
    }

    /// <summary>Checks the options.</summary>
    /// <exception cref="ArgumentException">
    /// The base URL is not an absolute http(s) URL, the timeout is not positive, or the retries are negative (or more than 10).
    /// </exception>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(BaseUrl, nameof(BaseUrl));
        if (!BaseUrl.IsAbsoluteUri || BaseUrl.Scheme is not ("http" or "https"))
        {
            throw new ArgumentException($"The Pact Broker's base URL must be an absolute http or https URL, not '{BaseUrl}'.", nameof(BaseUrl));
        }

        if (RequestTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentException($"The broker request timeout must be positive, not {RequestTimeout}.", nameof(RequestTimeout));
        }

        if (Retries is < 0 or > 10 || RetryDelay < TimeSpan.Zero)
        {
            throw new ArgumentException($"Retries must be between 0 and 10 and the retry delay not negative, not {Retries} and {RetryDelay}.", nameof(Retries));
        }

        ArgumentNullException.ThrowIfNull(TimeProvider, nameof(TimeProvider));
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
