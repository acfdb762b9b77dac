using ContractTesting.Broker;
using ContractTesting.Cli.Parsing;
using Microsoft.Extensions.Configuration;

namespace ContractTesting.Cli.Commands;

/// <summary>
/// <c>contract broker</c>: runs the Pact Broker–compatible broker until Ctrl+C, on SQLite (a file in the working
/// directory by default) or PostgreSQL. The options become the broker's own configuration keys, so they mean exactly
/// what <c>src/ContractTesting.Broker/README.md</c> says.
/// </summary>
internal sealed class BrokerCommand : ICommand
{
    public CommandSpec Spec { get; } = new("broker", "Run the broker (Pact Broker compatible) until Ctrl+C",
    [
        new("database", "An SQLite file, or an ADO.NET connection string: 'Data Source=FILE' for SQLite, 'Host=…;Database=…;Username=…;Password=…' for PostgreSQL")
            { Value = "DATABASE", Default = BrokerOptions.DefaultSqliteFile, Environment = "CONTRACT_BROKER_DATABASE" },
        new("host", "The IP address to listen on (0.0.0.0 for every interface)") { Value = "ADDRESS", Default = "127.0.0.1" },
        new("port", "The port to listen on (0 picks a free one)") { Value = "PORT", Default = "9292" },
        new("urls", "Where to listen instead of --host/--port, as ASP.NET Core's --urls (e.g. 'http://0.0.0.0:9292')") { Value = "URLS" },
        new("base-url", "The absolute URL the broker's links start with, behind a proxy that sends no X-Forwarded-* headers") { Value = "URL" },
        new("allow-contract-modification", "Accept changed content for an already published consumer version (a new revision) instead of 409"),
        new("basic-auth-username", "The read-write user (basic auth); with any credential set, every request must authenticate") { Value = "NAME", Environment = "PACT_BROKER_BASIC_AUTH_USERNAME" },
        new("basic-auth-password", "The read-write user's password") { Value = "PASSWORD", Environment = "PACT_BROKER_BASIC_AUTH_PASSWORD" },
        new("basic-auth-read-only-username", "The read-only user (basic auth)") { Value = "NAME", Environment = "PACT_BROKER_BASIC_AUTH_READ_ONLY_USERNAME" },
        new("basic-auth-read-only-password", "The read-only user's password") { Value = "PASSWORD", Environment = "PACT_BROKER_BASIC_AUTH_READ_ONLY_PASSWORD" },
        new("token", "A read-write bearer token (what PACT_BROKER_TOKEN sends)") { Value = "TOKEN", Environment = "CONTRACT_BROKER_TOKEN" },
        new("read-only-token", "A read-only bearer token") { Value = "TOKEN", Environment = "CONTRACT_BROKER_READ_ONLY_TOKEN" },
        new("allow-public-read", "Reads need no credentials; writes still do"),
    ])
    {
        Details = """
            With no credential set the broker is open to anyone: run it on 127.0.0.1 (the default) or behind a proxy
            that authenticates. Once a user or token is set, every request must carry one; read-only credentials may
            only read (401 without valid credentials, 403 for a read-only write).

            Examples:
              contract broker
              contract broker --database /var/lib/broker/broker.sqlite --host 0.0.0.0 --port 9292
              contract broker --database 'Host=db;Database=broker;Username=broker;Password=secret'
            """,
    };

    public async Task<int> RunAsync(ParsedCommand args, CliContext context, CancellationToken cancellationToken)
    {
        var options = Options(args, context);
        var url = args.Value("urls") ?? $"http://{args.Value("host") ?? "127.0.0.1"}:{args.Number("port", 0, 65535) ?? 9292}";
        if (args.Given("urls") && (args.Given("host") || args.Given("port")))
        {
            throw new UsageException("'--urls' cannot be combined with '--host' or '--port'");
        }

        await using var broker = await BrokerApp.StartAsync(options, url, cancellationToken).ConfigureAwait(false);
        var database = options.DatabaseProvider == BrokerDatabaseProvider.Sqlite ? $"SQLite ({options.ConnectionString})" : "PostgreSQL";
        context.WriteLine($"Broker listening on {broker.BaseAddress} with {database}. Press Ctrl+C to stop.");
        context.Console.Out.Flush();
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C: the normal way to stop it.
        }

        context.WriteLine("Broker stopped.");
        return ExitCodes.Success;
    }

    private static BrokerOptions Options(ParsedCommand args, CliContext context)
    {
        var database = args.Value("database") ?? BrokerOptions.DefaultSqliteFile;
        var connection = database.Contains('=', StringComparison.Ordinal) ? database : $"Data Source={context.Path(database)}";
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Broker"] = connection,
            ["Broker:BaseUrl"] = args.Url("base-url")?.ToString(),
            ["Broker:AllowContractModification"] = args.Flag("allow-contract-modification") ? "true" : null,
            ["Broker:Auth:Username"] = args.Value("basic-auth-username"),
            ["Broker:Auth:Password"] = args.Value("basic-auth-password"),
            ["Broker:Auth:ReadOnlyUsername"] = args.Value("basic-auth-read-only-username"),
            ["Broker:Auth:ReadOnlyPassword"] = args.Value("basic-auth-read-only-password"),
            ["Broker:Auth:Token"] = args.Value("token"),
            ["Broker:Auth:ReadOnlyToken"] = args.Value("read-only-token"),
            ["Broker:Auth:AllowPublicRead"] = args.Flag("allow-public-read") ? "true" : null,
        };
        try
        {
            return BrokerOptions.FromConfiguration(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        }
        catch (InvalidOperationException e)
        {
            throw new UsageException(e.Message, e);
        }
    }
}
