using ContractTesting.Cli.Output;
using ContractTesting.Cli.Parsing;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Cli.Commands;

/// <summary><c>contract describe-version</c>: a version (or the latest, or the latest with a tag) with its branches and tags.</summary>
internal sealed class DescribeVersionCommand : ICommand
{
    public CommandSpec Spec { get; } = new("describe-version", "Describe a pacticipant version",
    [
        new("pacticipant", "The pacticipant") { Short = 'a', Value = "PACTICIPANT" },
        new("version", "The version (the latest when left out)") { Short = 'e', Value = "VERSION" },
        new("latest", "The latest version, or the latest with the tag TAG") { Short = 'l', Value = "TAG", ValueOptional = true },
        OutputFormat.Option("table", OutputFormat.Json),
        .. BrokerConnection.Options,
    ]);

    public async Task<int> RunAsync(ParsedCommand args, CliContext context, CancellationToken cancellationToken)
    {
        var format = OutputFormat.Read(args, "table", OutputFormat.Json);
        var pacticipant = args.Required("pacticipant");
        if (args.Given("version") && args.Given("latest"))
        {
            throw new UsageException("'-e/--version' and '-l/--latest' cannot be combined");
        }

        var version = await BrokerConnection.Client(args)
            .DescribeVersionAsync(pacticipant, args.Value("version"), args.Value("latest"), cancellationToken).ConfigureAwait(false);
        if (version is null)
        {
            context.Fail("Pacticipant version not found");
            return ExitCodes.Failure;
        }

        context.Console.Out.Write(format == OutputFormat.Json
            ? new JObject
            {
                ["pacticipant"] = version.Pacticipant,
                ["number"] = version.Number,
                ["branches"] = new JArray(version.Branches),
                ["tags"] = new JArray(version.Tags),
                ["buildUrl"] = version.BuildUrl,
            }.ToString(Newtonsoft.Json.Formatting.Indented) + "\n"
            : TextTable.Render(["NAME", "VERSION", "BRANCHES", "TAGS"],
                [[version.Pacticipant, version.Number, string.Join(", ", version.Branches), string.Join(", ", version.Tags)]]));
        return ExitCodes.Success;
    }
}
