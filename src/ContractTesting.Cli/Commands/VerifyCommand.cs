using ContractTesting.Cli.Output;
using ContractTesting.Cli.Parsing;
using ContractTesting.Verification;
using ContractTesting.Verification.Reports;

namespace ContractTesting.Cli.Commands;

/// <summary>
/// <c>contract verify</c>: verifies a running provider against pacts from files, folders, URLs or the broker, with
/// <c>pact verifier</c>'s option names where they overlap; publishes the results and writes reports.
/// </summary>
internal sealed class VerifyCommand : ICommand
{
    public CommandSpec Spec { get; } = new("verify", "Verify a running provider against its pacts",
    [
        new("provider-name", "The provider's name, as the pacts name it") { Short = 'n', Value = "NAME" },
        new("file", "A pact file (repeatable)") { Short = 'f', Value = "FILE", Repeatable = true },
        new("dir", "A folder of pact files (repeatable)") { Short = 'd', Value = "DIR", Repeatable = true },
        new("url", "A pact's URL, e.g. from a broker webhook (repeatable)") { Short = 'u', Value = "URL", Repeatable = true },
        .. BrokerConnection.VerifierOptions,
        new("consumer-version-selectors", "A consumer version selector as JSON, e.g. '{\"mainBranch\": true}' (repeatable)") { Value = "JSON", Repeatable = true },
        new("consumer-version-tags", "Consumer version tags whose latest versions to verify (comma-separated)") { Value = "TAGS", Repeatable = true },
        new("enable-pending", "Ask the broker which pacts are pending: their failures do not fail the verification"),
        new("include-wip-pacts-since", "Also verify work-in-progress pacts published since this date (YYYY-MM-DD; needs a provider branch or tags)") { Value = "DATE" },
        new("provider-base-url", "The provider's base URL, e.g. http://127.0.0.1:5000 (instead of --scheme/--hostname/--port/--base-path)") { Value = "URL" },
        new("hostname", "The provider's host name") { Value = "HOST", Default = "localhost" },
        new("port", "The provider's port") { Short = 'p', Value = "PORT" },
        new("scheme", "http or https") { Value = "SCHEME", Default = "http" },
        new("base-path", "A path the provider is served below") { Value = "PATH" },
        new("state-change-url", "The provider's state-change URL (POST {state, params, action})") { Short = 's', Value = "URL" },
        new("state-change-as-query", "Send the state in the query string instead of a JSON body") { Aliases = ["state-change-query"] },
        new("state-change-teardown", "Also call the state-change URL with action 'teardown' after each interaction"),
        new("publish", "Publish the results to the broker the pacts came from"),
        new("provider-app-version", "The provider version the results are for (e.g. the git commit)") { Value = "VERSION", Aliases = ["provider-version"] },
        new("provider-branch", "The provider version's branch") { Value = "BRANCH" },
        new("provider-tags", "Tags for the provider version (comma-separated)") { Value = "TAGS", Repeatable = true },
        new("build-url", "The CI build that ran the verification") { Value = "URL" },
        new("filter-description", "Only interactions whose description matches this regular expression") { Value = "REGEX", Environment = "PACT_DESCRIPTION" },
        new("filter-state", "Only interactions with a provider state that matches this regular expression") { Value = "REGEX", Environment = "PACT_PROVIDER_STATE" },
        new("filter-no-state", "Only interactions without provider states") { Environment = "PACT_PROVIDER_NO_STATE" },
        new("filter-consumer", "Only pacts of this consumer (repeatable)") { Short = 'c', Value = "CONSUMER", Repeatable = true },
        new("request-timeout", "How long one request to the provider may take, in milliseconds") { Value = "MS", Default = "30000" },
        new("ignore-no-pacts-error", "Do not fail when no pact is found"),
        new("junit", "Write a JUnit XML report to this file") { Value = "FILE" },
        new("json", "Write a JSON report to this file") { Value = "FILE" },
        new("markdown", "Write a Markdown report (e.g. for $GITHUB_STEP_SUMMARY) to this file") { Value = "FILE" },
    ])
    {
        Details = """
            Examples:
              contract verify -n UserService --provider-base-url http://127.0.0.1:5000 -d pacts
              contract verify -n UserService -p 5000 -b http://127.0.0.1:9292 --consumer-version-selectors '{"mainBranch":true}' \
                --enable-pending --publish --provider-app-version $(git rev-parse HEAD) --provider-branch main --junit results.xml
            """,
    };

    public async Task<int> RunAsync(ParsedCommand args, CliContext context, CancellationToken cancellationToken)
    {
        var provider = args.Required("provider-name");
        var sources = VerifySources.Read(args, context);
        var options = new VerifierOptions
        {
            Filter = new InteractionFilter
            {
                Description = args.Value("filter-description"),
                ProviderState = args.Value("filter-state"),
                WithoutProviderStates = args.Flag("filter-no-state"),
                Consumers = args.All("filter-consumer"),
            },
            RequestTimeout = TimeSpan.FromMilliseconds(args.Number("request-timeout", 1, 3_600_000) ?? 30_000),
            FailIfNoPactsFound = !args.Flag("ignore-no-pacts-error"),
            Output = new CliVerificationOutput(context),
            Publish = Publishing(args),
        };
        ProviderVerifier verifier;
        try
        {
            verifier = ProviderVerifier.For(provider, BaseUrl(args), options);
        }
        catch (ArgumentException e)
        {
            throw new UsageException(e.Message.Split(" (Parameter", 2)[0], e);
        }

        if (args.Url("state-change-url") is { } stateUrl)
        {
            verifier.WithStateChangeUrl(stateUrl, new StateChangeUrlOptions
            {
                Teardown = args.Flag("state-change-teardown"),
                Style = args.Flag("state-change-as-query") ? StateChangeStyle.Query : StateChangeStyle.Body,
            });
        }

        var result = await verifier.VerifyAsync(sources, cancellationToken).ConfigureAwait(false);
        foreach (var (option, format) in new[] { ("junit", VerificationReportFormat.JUnit), ("json", VerificationReportFormat.Json), ("markdown", VerificationReportFormat.Markdown) })
        {
            if (args.Value(option) is { } path)
            {
                await VerificationReport.WriteAsync(result, format, context.Path(path), cancellationToken).ConfigureAwait(false);
                context.WriteLine($"Wrote the {format} report to {context.Path(path)}.");
            }
        }

        context.WriteLine(result.Passed
            ? context.Style.Green($"✅ {provider} honours its pacts.")
            : context.Style.Red($"❌ {provider} does not honour its pacts."));
        return result.Passed ? ExitCodes.Success : ExitCodes.Failure;
    }

    private static PublishOptions? Publishing(ParsedCommand args)
    {
        if (!args.Flag("publish"))
        {
            return null;
        }

        var version = args.Value("provider-app-version") ?? throw new UsageException("'--publish' needs '--provider-app-version <VERSION>'");
        return new PublishOptions
        {
            ProviderVersion = version,
            ProviderBranch = args.Value("provider-branch"),
            ProviderTags = args.List("provider-tags"),
            BuildUrl = args.Url("build-url"),
        };
    }

    private static Uri BaseUrl(ParsedCommand args)
    {
        if (args.Url("provider-base-url") is { } url)
        {
            return args.Given("port") || args.Given("hostname") || args.Given("base-path")
                ? throw new UsageException("'--provider-base-url' cannot be combined with '--hostname', '--port' or '--base-path'")
                : url;
        }

        var port = args.Number("port", 1, 65535) ?? throw new UsageException("the provider is missing: pass '--provider-base-url <URL>' or '-p/--port <PORT>'");
        var scheme = args.Value("scheme") ?? "http";
        if (scheme is not ("http" or "https"))
        {
            throw new UsageException($"invalid value '{scheme}' for '--scheme <SCHEME>': expected http or https");
        }

        var path = (args.Value("base-path") ?? string.Empty).Trim('/');
        return new Uri($"{scheme}://{args.Value("hostname") ?? "localhost"}:{port}/{(path.Length == 0 ? string.Empty : path + "/")}");
    }
}
