using ContractTesting.Cli.Parsing;
using ContractTesting.Mocking;
using ContractTesting.Models;
using ContractTesting.PactFiles;

namespace ContractTesting.Cli.Commands;

/// <summary>
/// <c>contract mock</c>: serves the HTTP interactions of pact files as a stub provider for local development, until
/// Ctrl+C. Each request gets the response of the first interaction it matches (one not yet used, if several match);
/// a request no interaction matches gets HTTP 500 with a JSON body saying why, and is logged, but nothing fails:
/// interactions that are never called are fine for a stub.
/// </summary>
internal sealed class MockCommand : ICommand
{
    public CommandSpec Spec { get; } = new("mock", "Serve pact files as a stub provider for local development, until Ctrl+C",
    [
        new("port", "The port to listen on (0 picks a free one)") { Short = 'p', Value = "PORT", Default = "0" },
        new("host", "The IP address to listen on") { Value = "ADDRESS", Default = "127.0.0.1" },
        new("provider", "Only the pacts with this provider") { Value = "PROVIDER" },
        new("cors", "Answer CORS preflight requests and add Access-Control-Allow-Origin to responses"),
        new("https", "Serve HTTPS with a self-signed certificate"),
    ])
    {
        Positionals = new PositionalSpec("PACT_DIRS_OR_FILES", "Pact files, folders of pact files, or globs", Required: true),
        Details = """
            Stub behaviour: a request that matches an interaction gets its response (generators applied); when several
            interactions match (the same request under different provider states) the first not yet used answers, then
            the first. Any other request gets 500 with a JSON description of the closest interaction's mismatches. Each
            request is logged with its outcome; nothing makes the command fail once it is serving.

            Example:
              contract mock pacts/OrderService-UserService.json --port 8080
            """,
    };

    public async Task<int> RunAsync(ParsedCommand args, CliContext context, CancellationToken cancellationToken)
    {
        var pacts = PactFileArguments.Expand(args.Positionals, context).Select(PactFile.Read)
            .Where(p => args.Value("provider") is not { } provider || p.Provider.Name == provider)
            .ToList();
        var interactions = pacts.SelectMany(p => p.Interactions).OfType<HttpInteraction>().ToList();
        if (interactions.Count == 0)
        {
            context.Fail("the pact files hold no HTTP interactions" + (args.Value("provider") is { } p ? $" with provider '{p}'" : string.Empty) + " to serve");
            return ExitCodes.Failure;
        }

        var stub = pacts[0] with { Interactions = [.. pacts.SelectMany(p => p.Interactions).Distinct()], Specification = pacts.Max(p => p.Specification) };
        var options = new MockServerOptions
        {
            Host = args.Value("host") ?? "127.0.0.1",
            Port = args.Number("port", 0, 65535) ?? 0,
            HandleCorsPreflight = args.Flag("cors"),
            UseHttps = args.Flag("https"),
        };
        try
        {
            options.Validate();
        }
        catch (ArgumentException e)
        {
            throw new UsageException(e.Message.Split(" (Parameter", 2)[0], e);
        }

        await using var server = await MockServer.StartAsync(stub, options, cancellationToken).ConfigureAwait(false);
        context.WriteLine($"Serving {interactions.Count} interactions from {pacts.Count} pact file(s) on {server.BaseUri}. Press Ctrl+C to stop.");
        context.Console.Out.Flush();
        var log = new MockRequestLog(server, context);
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(100), context.TimeProvider);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
            {
                log.WriteNew();
            }
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C: the normal way to stop it.
        }

        log.WriteNew();
        context.WriteLine($"Stopped after {log.Written} request(s), {log.Unmatched} of them unmatched.");
        return ExitCodes.Success;
    }
}
