using System.Globalization;
using ContractTesting.BrokerClient;
using ContractTesting.Cli.Parsing;
using ContractTesting.Sources;

namespace ContractTesting.Cli.Commands;

/// <summary>Where <c>contract verify</c> takes its pacts from: <c>--file</c>, <c>--dir</c>, <c>--url</c> and the broker (<c>--broker-url</c> with selectors).</summary>
internal static class VerifySources
{
    /// <exception cref="UsageException">No source is given, a file or folder is missing, or the broker options are invalid.</exception>
    public static IReadOnlyList<IPactSource> Read(ParsedCommand args, CliContext context)
    {
        var sources = new List<IPactSource>();
        foreach (var file in args.All("file"))
        {
            sources.Add(PactSource.File(File.Exists(context.Path(file)) ? context.Path(file) : throw new UsageException($"the pact file '{file}' does not exist")));
        }

        foreach (var dir in args.All("dir"))
        {
            sources.Add(PactSource.Folder(Directory.Exists(context.Path(dir)) ? context.Path(dir) : throw new UsageException($"the folder '{dir}' does not exist")));
        }

        var authentication = BrokerConnection.Authentication(args, "token", "user", "password");
        foreach (var url in args.All("url"))
        {
            sources.Add(PactSource.Url(Uri.TryCreate(url, UriKind.Absolute, out var pactUrl) && pactUrl.Scheme is "http" or "https"
                ? pactUrl
                : throw new UsageException($"invalid value '{url}' for '-u/--url <URL>': expected an absolute http or https URL"), authentication));
        }

        if (args.Url("broker-url") is { } broker)
        {
            sources.Add(Broker(args, broker, authentication));
        }
        else if (args.Given("consumer-version-selectors") || args.Given("consumer-version-tags") || args.Given("enable-pending") || args.Given("include-wip-pacts-since"))
        {
            throw new UsageException("consumer version selectors, tags, pending and WIP pacts need '-b/--broker-url <URL>'");
        }

        return sources.Count > 0
            ? sources
            : throw new UsageException("no pacts to verify: pass '-f/--file', '-d/--dir', '-u/--url' or '-b/--broker-url'");
    }

    private static IPactSource Broker(ParsedCommand args, Uri broker, BrokerAuthentication? authentication)
    {
        var selectors = args.All("consumer-version-selectors").Select(SelectorJson.Parse)
            .Concat(args.List("consumer-version-tags").Select(tag => new ConsumerVersionSelector { Tag = tag, Latest = true }))
            .ToList();
        DateOnly? wipSince = null;
        if (args.Value("include-wip-pacts-since") is { } since)
        {
            wipSince = DateOnly.TryParseExact(since, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? date
                : throw new UsageException($"invalid value '{since}' for '--include-wip-pacts-since <DATE>': expected a date such as 2026-01-31");
        }

        var request = new PactsForVerificationRequest
        {
            ConsumerVersionSelectors = selectors,
            ProviderVersionBranch = args.Value("provider-branch"),
            ProviderVersionTags = args.List("provider-tags"),
            IncludePendingStatus = args.Flag("enable-pending") || wipSince is not null,
            IncludeWipPactsSince = wipSince,
        };
        try
        {
            return PactSource.Broker(new PactBrokerOptions { BaseUrl = broker, Authentication = authentication }, request);
        }
        catch (ArgumentException e)
        {
            throw new UsageException(e.Message.Split(" (Parameter", 2)[0], e);
        }
    }
}
