namespace ContractTesting.Broker;

/// <summary>
/// Everything the broker is configured with: the database, the base URL of its links, the request limits, who may
/// use it and how webhooks are sent. <see cref="FromConfiguration"/> reads them from <c>ConnectionStrings:Broker</c> and
/// the <c>Broker</c> section.
/// </summary>
public sealed record BrokerOptions
{
    /// <summary>The SQLite file used when nothing else is configured, in the working directory.</summary>
    public const string DefaultSqliteFile = "contracttesting-broker.sqlite";

    /// <summary>The default limit on a request body: 16 MiB.</summary>
    public const long DefaultMaxRequestBodyBytes = 16L * 1024 * 1024;

    /// <summary>
    /// The ADO.NET connection string. For SQLite, e.g. <c>Data Source=broker.sqlite</c>; for PostgreSQL, e.g.
    /// <c>Host=127.0.0.1;Username=broker;Password=…;Database=broker</c>. Defaults to the SQLite file
    /// <see cref="DefaultSqliteFile"/> in the working directory.
    /// </summary>
    public string ConnectionString { get; init; } = $"Data Source={DefaultSqliteFile}";

    /// <summary>
    /// The database server. Defaults to <see cref="BrokerDatabaseProvider.Sqlite"/>; <see cref="FromConfiguration"/>
    /// picks PostgreSQL for a connection string with a <c>Host=</c> key unless <c>Broker:DatabaseProvider</c> says otherwise.
    /// </summary>
    public BrokerDatabaseProvider DatabaseProvider { get; init; } = BrokerDatabaseProvider.Sqlite;

    /// <summary>
    /// The absolute URL that the broker's links start with (e.g. <c>https://broker.example.com/pact</c>). When
    /// <see langword="null"/> (the default) links are built from the <c>X-Forwarded-Host</c>, <c>-Proto</c>, <c>-Port</c> and
    /// <c>-Prefix</c> headers, else from the request's own scheme and <c>Host</c>.
    /// </summary>
    public Uri? BaseUrl { get; init; }

    /// <summary>
    /// The largest request body accepted, in bytes; larger ones are answered 413 with a JSON error.
    /// Defaults to <see cref="DefaultMaxRequestBodyBytes"/> (16 MiB; a published pact is base64, a third larger than the file).
    /// </summary>
    public long MaxRequestBodyBytes { get; init; } = DefaultMaxRequestBodyBytes;

    /// <summary>
    /// Whether a consumer version's pact may be republished with different content (a new revision). Defaults to
    /// <see langword="false"/>, as on new Pact Broker installations: the publication is refused with 409, because a
    /// pact that changes under a version makes can-i-deploy unreliable. <c>onConflict: merge</c> is always allowed.
    /// </summary>
    public bool AllowContractModification { get; init; }

    /// <summary>
    /// How often a request is run again when the database reports a conflict with a concurrent request (a unique
    /// key taken in the meantime, a serialization failure or a deadlock). Defaults to 5.
    /// </summary>
    public int MaxTransactionAttempts { get; init; } = 5;

    /// <summary>Who may read and write (section <c>Broker:Auth</c>). Defaults to anyone, without credentials.</summary>
    public BrokerAuthOptions Auth { get; init; } = new();

    /// <summary>How webhooks are checked and sent (section <c>Broker:Webhooks</c>). Defaults to the Pact Broker's rules.</summary>
    public BrokerWebhookOptions Webhooks { get; init; } = new();

    /// <summary>Reads the options from configuration (see the property docs for the keys).</summary>
    /// <param name="configuration">
    /// <c>ConnectionStrings:Broker</c>; <c>Broker:DatabaseProvider</c> (<c>Sqlite</c> or <c>PostgreSql</c>);
    /// <c>Broker:BaseUrl</c>; <c>Broker:MaxRequestBodyBytes</c>; <c>Broker:AllowContractModification</c>;
    /// <c>Broker:Auth:…</c> (<see cref="BrokerAuthOptions"/>); <c>Broker:Webhooks:…</c> (<see cref="BrokerWebhookOptions"/>).
    /// </param>
    /// <exception cref="InvalidOperationException">A value cannot be read, or the options are invalid.</exception>
    public static BrokerOptions FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = new BrokerOptions();
        var section = configuration.GetSection("Broker");
        if (configuration.GetConnectionString("Broker") is { Length: > 0 } connectionString)
        {
            options = options with
            {
                ConnectionString = connectionString,
                DatabaseProvider = LooksLikePostgreSql(connectionString) ? BrokerDatabaseProvider.PostgreSql : BrokerDatabaseProvider.Sqlite,
            };
        }

        if (section["DatabaseProvider"] is { Length: > 0 } provider)
        {
            options = options with
            {
                DatabaseProvider = Enum.TryParse<BrokerDatabaseProvider>(provider, ignoreCase: true, out var parsed)
                    ? parsed
                    : throw new InvalidOperationException($"Broker:DatabaseProvider '{provider}' is not one of Sqlite, PostgreSql."),
            };
        }

        if (section["BaseUrl"] is { Length: > 0 } baseUrl)
        {
            options = options with
            {
                BaseUrl = Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri)
                    ? uri
                    : throw new InvalidOperationException($"Broker:BaseUrl '{baseUrl}' is not an absolute URL."),
            };
        }

        options = options with
        {
            MaxRequestBodyBytes = section.GetValue("MaxRequestBodyBytes", options.MaxRequestBodyBytes),
            AllowContractModification = section.GetValue("AllowContractModification", options.AllowContractModification),
            MaxTransactionAttempts = section.GetValue("MaxTransactionAttempts", options.MaxTransactionAttempts),
            Auth = BrokerAuthOptions.FromConfiguration(section.GetSection("Auth")),
            Webhooks = BrokerWebhookOptions.FromConfiguration(section.GetSection("Webhooks")),
        };
        options.Validate();
        return options;
    }

    /// <summary>Checks the options.</summary>
    /// <exception cref="InvalidOperationException">An option is out of range; the message says which.</exception>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(ConnectionString))
        {
            throw new InvalidOperationException("BrokerOptions.ConnectionString must not be empty.");
        }

        if (BaseUrl is { } baseUrl && (!baseUrl.IsAbsoluteUri || (baseUrl.Scheme != Uri.UriSchemeHttp && baseUrl.Scheme != Uri.UriSchemeHttps)))
        {
            throw new InvalidOperationException($"BrokerOptions.BaseUrl '{baseUrl}' must be an absolute http or https URL.");
        }

        if (MaxRequestBodyBytes < 1024)
        {
            throw new InvalidOperationException($"BrokerOptions.MaxRequestBodyBytes must be at least 1024 (it is {MaxRequestBodyBytes}).");
        }

        if (MaxTransactionAttempts < 1)
        {
            throw new InvalidOperationException($"BrokerOptions.MaxTransactionAttempts must be at least 1 (it is {MaxTransactionAttempts}).");
        }

        (Auth ?? throw new InvalidOperationException("BrokerOptions.Auth must not be null.")).Validate();
        (Webhooks ?? throw new InvalidOperationException("BrokerOptions.Webhooks must not be null.")).Validate();
    }

    private static bool LooksLikePostgreSql(string connectionString) =>
        connectionString.Split(';').Any(part => part.TrimStart().StartsWith("Host=", StringComparison.OrdinalIgnoreCase));
}
