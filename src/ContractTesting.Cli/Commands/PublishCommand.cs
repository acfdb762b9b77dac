using ContractTesting.BrokerClient;
using ContractTesting.Cli.Parsing;
using ContractTesting.Models;
using ContractTesting.PactFiles;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Cli.Commands;

/// <summary>
/// <c>contract publish</c>: publishes pact files to the broker as <c>pact broker publish</c> does, one publication
/// per consumer (<c>pb:publish-contracts</c>); files of the same consumer and provider are merged first.
/// </summary>
internal sealed class PublishCommand : ICommand
{
    public CommandSpec Spec { get; } = new("publish", "Publish pacts to the broker",
    [
        new("consumer-app-version", "The consumer version the pacts are from (e.g. the git commit)") { Short = 'a', Value = "VERSION" },
        new("branch", "The consumer version's branch") { Value = "BRANCH" },
        new("tag", "Tags for the consumer version (comma-separated, or repeated)") { Short = 't', Value = "TAG", Repeatable = true },
        new("build-url", "The CI build that produced the pacts") { Value = "URL" },
        new("merge", "Merge the pacts into those already published for this version instead of replacing them"),
        new("auto-detect-version-properties", "Take the version (git commit) and branch from git when not given") { Short = 'r' },
        OutputFormat.Option("text", OutputFormat.Json),
        .. BrokerConnection.Options,
    ])
    {
        Positionals = new PositionalSpec("PACT_DIRS_OR_FILES", "Pact files, folders of pact files, or globs such as pacts/*.json", Required: true),
        Details = "Example:\n  contract publish pacts -a $(git rev-parse HEAD) --branch main -b http://127.0.0.1:9292",
    };

    public async Task<int> RunAsync(ParsedCommand args, CliContext context, CancellationToken cancellationToken)
    {
        var format = OutputFormat.Read(args, "text", OutputFormat.Json);
        var version = args.Value("consumer-app-version");
        var branch = args.Value("branch");
        if (args.Flag("auto-detect-version-properties"))
        {
            var git = await GitVersion.DetectAsync(context, cancellationToken).ConfigureAwait(false);
            version ??= git.Commit;
            branch ??= git.Branch;
        }

        if (version is null)
        {
            throw new UsageException("the option '-a/--consumer-app-version <VERSION>' is required (or '-r' to take it from git)");
        }

        var client = BrokerConnection.Client(args);
        var pacts = PactFileArguments.Expand(args.Positionals, context).Select(PactFile.Read).ToList();
        var onConflict = args.Flag("merge") ? ContractConflict.Merge : ContractConflict.Overwrite;
        var results = new JArray();
        foreach (var consumer in pacts.GroupBy(p => p.Consumer.Name))
        {
            var publication = new ContractsPublication
            {
                PacticipantName = consumer.Key,
                PacticipantVersion = version,
                Branch = branch,
                Tags = args.List("tag"),
                BuildUrl = args.Url("build-url"),
                Contracts = [.. consumer.GroupBy(p => p.Provider.Name).Select(pair => ContractToPublish.From(Merge([.. pair]), onConflict))],
            };
            var published = await client.PublishContractsAsync(publication, cancellationToken).ConfigureAwait(false);
            if (format == OutputFormat.Json)
            {
                results.Add(new JObject
                {
                    ["consumer"] = consumer.Key,
                    ["version"] = version,
                    ["notices"] = new JArray(published.Notices.Select(n => new JObject { ["type"] = n.Type, ["text"] = n.Text })),
                    ["contracts"] = new JArray(published.ContractUrls.Select(u => u.ToString())),
                });
                continue;
            }

            foreach (var notice in published.Notices)
            {
                context.WriteLine(context.Style.Notice(notice.Type, notice.Text));
            }

            if (published.Notices.Count == 0)
            {
                context.WriteLine(context.Style.Green($"Published the pacts of {consumer.Key} version {version}."));
            }
        }

        if (format == OutputFormat.Json)
        {
            context.WriteLine(results.ToString(Newtonsoft.Json.Formatting.Indented));
        }

        return ExitCodes.Success;
    }

    /// <summary>The pacts of one consumer and provider as one: every interaction, each once, in the highest specification version among them.</summary>
    private static Pact Merge(IReadOnlyList<Pact> pacts) => pacts.Count == 1 ? pacts[0] : pacts[0] with
    {
        Interactions = [.. pacts.SelectMany(p => p.Interactions).Distinct()],
        Specification = pacts.Max(p => p.Specification),
    };
}
