using ContractTesting.Cli.Parsing;

namespace ContractTesting.Cli.Commands;

/// <summary>
/// <c>contract can-i-deploy</c> and <c>contract can-i-merge</c>: ask the broker's matrix whether versions may be
/// deployed (or merged into the main branch), with the official CLI's arguments, query, output and exit codes (0 only
/// for yes; always 0 with <c>--dry-run</c> or <c>-o json</c>).
/// </summary>
internal sealed class CanIDeployCommand : ICommand
{
    private readonly bool _toMainBranch;

    /// <param name="toMainBranch">
    /// Whether this is <c>contract can-i-merge</c>: may the versions be merged, given the latest main-branch version of
    /// every pacticipant they integrate with?
    /// </param>
    public CanIDeployCommand(bool toMainBranch = false)
    {
        _toMainBranch = toMainBranch;
        Spec = toMainBranch ? MergeSpec : DeploySpec;
    }

    public CommandSpec Spec { get; }

    // Declared before the specs: static properties are initialised in the order they are written.
    private static OptionSpec[] AnswerOptions { get; } =
    [
        new("retry-while-unknown", "How many more times to ask while the answer is unknown (a verification is still running)") { Value = "TIMES", Default = "0" },
        new("retry-interval", "Seconds between those attempts") { Value = "SECONDS", Default = "5" },
        new("dry-run", "Show the answer but exit 0 whatever it is"),
        OutputFormat.Option("table", OutputFormat.Json),
        .. BrokerConnection.Options,
    ];

    private static CommandSpec DeploySpec { get; } = new("can-i-deploy", "Check whether versions can be deployed, given the verification results in the broker",
    [
        new("pacticipant", "A pacticipant; the version flags after it describe which of its versions") { Short = 'a', Value = "PACTICIPANT", Repeatable = true },
        new("version", "The pacticipant's version (after -a), or the ignored version (after --ignore)") { Short = 'e', Value = "VERSION", Repeatable = true },
        new("latest", "The latest version of the pacticipant, or the latest with the tag TAG") { Short = 'l', Value = "TAG", ValueOptional = true, Repeatable = true },
        new("branch", "The pacticipant's versions on the branch") { Value = "BRANCH", Repeatable = true },
        new("tag", "The pacticipant's versions with the tag") { Value = "TAG", Repeatable = true },
        new("main-branch", "The latest version of the pacticipant's main branch") { Repeatable = true },
        new("ignore", "A pacticipant whose results do not count (a --version after it narrows it to one version)") { Value = "PACTICIPANT", Repeatable = true },
        new("to-environment", "The environment the versions are to be deployed to") { Value = "ENVIRONMENT" },
        new("to", "The tag of the versions they are to be deployed beside (the older way)") { Value = "TAG" },
        .. AnswerOptions,
    ])
    {
        Details = """
            Examples:
              contract can-i-deploy -a OrderService -e 1.0.0 --to-environment production
              contract can-i-deploy -a OrderService --latest -a UserService --branch main --ignore Billing

            Exit codes: 0 when the broker says yes (or with --dry-run, or -o json); 1 when it says no or does not know; 2 for wrong arguments.
            """,
    };

    private static CommandSpec MergeSpec { get; } = new("can-i-merge", "Check whether versions can be merged, given the latest main-branch versions they integrate with",
    [
        new("pacticipant", "A pacticipant; the --version after it names its version") { Short = 'a', Value = "PACTICIPANT", Repeatable = true },
        new("version", "The pacticipant's version") { Short = 'e', Value = "VERSION", Repeatable = true },
        .. AnswerOptions,
    ])
    {
        Details = """
            Examples:
              contract can-i-merge -a OrderService -e 1.0.0

            Exit codes: 0 when the broker says yes (or with --dry-run, or -o json); 1 when it says no or does not know; 2 for wrong arguments.
            """,
    };

    public async Task<int> RunAsync(ParsedCommand args, CliContext context, CancellationToken cancellationToken)
    {
        var query = CanIDeployArguments.Read(args, _toMainBranch);
        var json = OutputFormat.Read(args, "table", OutputFormat.Json) == OutputFormat.Json;
        var dryRun = args.Flag("dry-run");
        var client = BrokerConnection.Client(args);
        var answer = await client.CanIDeployAsync(query, cancellationToken).ConfigureAwait(false);
        if (json)
        {
            context.WriteLine(answer.Json.ToString(Newtonsoft.Json.Formatting.Indented));
            return ExitCodes.Success;
        }

        context.Console.Out.Write(CanIDeployText.Render(answer, context.Style));
        if (dryRun)
        {
            context.WriteLine(context.Style.Yellow("Dry run: exiting 0 whatever the answer."));
            return ExitCodes.Success;
        }

        return answer.Deployable == true ? ExitCodes.Success : ExitCodes.Failure;
    }
}
