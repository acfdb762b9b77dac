using ContractTesting.Cli.Output;
using ContractTesting.Cli.Parsing;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Cli.Commands;

/// <summary><c>contract list-environments</c>: the broker's environments as a table or JSON.</summary>
internal sealed class ListEnvironmentsCommand : ICommand
{
    public CommandSpec Spec { get; } = new("list-environments", "List the broker's environments",
    [
        OutputFormat.Option("table", OutputFormat.Json),
        .. BrokerConnection.Options,
    ]);

    public async Task<int> RunAsync(ParsedCommand args, CliContext context, CancellationToken cancellationToken)
    {
        var format = OutputFormat.Read(args, "table", OutputFormat.Json);
        var environments = await BrokerConnection.Client(args).ListEnvironmentsAsync(cancellationToken).ConfigureAwait(false);
        context.Console.Out.Write(format == OutputFormat.Json
            ? new JArray(environments.Select(EnvironmentJson.Of)).ToString(Newtonsoft.Json.Formatting.Indented) + "\n"
            : TextTable.Render(["UUID", "NAME", "DISPLAY NAME", "PRODUCTION"],
                environments.Select(e => (IReadOnlyList<string>)[e.Uuid, e.Name, e.DisplayName ?? string.Empty, e.Production ? "true" : "false"])));
        return ExitCodes.Success;
    }
}
