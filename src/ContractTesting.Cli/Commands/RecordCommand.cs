using ContractTesting.BrokerClient;
using ContractTesting.Cli.Parsing;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Cli.Commands;

/// <summary>
/// <c>record-deployment</c>, <c>record-undeployment</c>, <c>record-release</c> and <c>record-support-ended</c>:
/// tell the broker where versions run, with the official CLI's options.
/// </summary>
internal sealed class RecordCommand : ICommand
{
    private readonly Kind _kind;

    public RecordCommand(Kind kind)
    {
        _kind = kind;
        var (name, summary) = kind switch
        {
            Kind.Deployment => ("record-deployment", "Record that a version is deployed to an environment (the one deployed before is undeployed)"),
            Kind.Undeployment => ("record-undeployment", "Record that a pacticipant is no longer deployed to an environment"),
            Kind.Release => ("record-release", "Record that a version is released to an environment (earlier releases stay supported)"),
            _ => ("record-support-ended", "Record that a released version is no longer supported in an environment"),
        };
        List<OptionSpec> options = [new("pacticipant", "The pacticipant") { Short = 'a', Value = "PACTICIPANT" }];
        if (kind != Kind.Undeployment)
        {
            options.Add(new("version", "The pacticipant's version") { Short = 'e', Value = "VERSION" });
        }

        options.Add(new("environment", "The environment's name") { Value = "ENVIRONMENT" });
        if (kind is Kind.Deployment or Kind.Undeployment)
        {
            options.Add(new("application-instance", "The application instance, when several are deployed side by side") { Value = "INSTANCE", Aliases = ["target"] });
        }

        options.Add(OutputFormat.Option("text", OutputFormat.Json));
        options.AddRange(BrokerConnection.Options);
        Spec = new CommandSpec(name, summary, options);
    }

    public enum Kind
    {
        Deployment,
        Undeployment,
        Release,
        SupportEnded,
    }

    public CommandSpec Spec { get; }

    public async Task<int> RunAsync(ParsedCommand args, CliContext context, CancellationToken cancellationToken)
    {
        var format = OutputFormat.Read(args, "text", OutputFormat.Json);
        var pacticipant = args.Required("pacticipant");
        var version = _kind == Kind.Undeployment ? null : args.Required("version");
        var environment = args.Required("environment");
        var instance = _kind is Kind.Deployment or Kind.Undeployment ? args.Value("application-instance") : null;
        var client = BrokerConnection.Client(args);
        IReadOnlyList<RecordedVersion> recorded = _kind switch
        {
            Kind.Deployment => [await client.RecordDeploymentAsync(pacticipant, version!, environment, instance, cancellationToken).ConfigureAwait(false)],
            Kind.Release => [await client.RecordReleaseAsync(pacticipant, version!, environment, cancellationToken).ConfigureAwait(false)],
            Kind.Undeployment => await client.RecordUndeploymentAsync(pacticipant, environment, instance, cancellationToken).ConfigureAwait(false),
            _ => await client.RecordSupportEndedAsync(pacticipant, version!, environment, cancellationToken).ConfigureAwait(false),
        };
        if (recorded.Count == 0)
        {
            var instanceText = instance is null ? string.Empty : $" (application instance {instance})";
            context.Fail(_kind == Kind.Undeployment
                ? $"❌ No version of {pacticipant} is currently recorded as deployed to {environment}{instanceText}."
                : $"❌ Version {version} of {pacticipant} is not currently recorded as released and supported in {environment}.");
            return ExitCodes.Failure;
        }

        if (format == OutputFormat.Json)
        {
            context.WriteLine(new JArray(recorded.Select(Json)).ToString(Newtonsoft.Json.Formatting.Indented));
            return ExitCodes.Success;
        }

        foreach (var record in recorded)
        {
            context.WriteLine(context.Style.Green("✅ " + Sentence(record)));
        }

        return ExitCodes.Success;
    }

    private string Sentence(RecordedVersion record)
    {
        var instance = record.ApplicationInstance is null ? string.Empty : $" (application instance {record.ApplicationInstance})";
        return _kind switch
        {
            Kind.Deployment => $"Recorded deployment of {record.Pacticipant} version {record.Version} to {record.Environment} environment{instance} in the broker.",
            Kind.Undeployment => $"Recorded undeployment of {record.Pacticipant} version {record.Version} from {record.Environment} environment{instance} in the broker.",
            Kind.Release => $"Recorded release of {record.Pacticipant} version {record.Version} to {record.Environment} environment in the broker.",
            _ => $"Recorded support ended of {record.Pacticipant} version {record.Version} in {record.Environment} environment in the broker.",
        };
    }

    private static JObject Json(RecordedVersion record) => new()
    {
        ["uuid"] = record.Uuid,
        ["pacticipant"] = record.Pacticipant,
        ["version"] = record.Version,
        ["environment"] = record.Environment,
        ["applicationInstance"] = record.ApplicationInstance,
        ["current"] = record.Current,
    };
}
