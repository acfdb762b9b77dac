using ContractTesting.BrokerClient;
using ContractTesting.Cli.Parsing;

namespace ContractTesting.Cli.Commands;

/// <summary><c>contract create-environment</c>: creates an environment, with the official CLI's options (<c>-o id</c> prints only its uuid).</summary>
internal sealed class CreateEnvironmentCommand : ICommand
{
    public CommandSpec Spec { get; } = new("create-environment", "Create an environment in the broker",
    [
        new("name", "The environment's name, without spaces (e.g. production)") { Value = "NAME" },
        new("display-name", "Its name for people (e.g. Production)") { Value = "DISPLAY_NAME" },
        new("production", "It is a production environment"),
        new("contact-name", "Who to contact about it") { Value = "CONTACT_NAME" },
        new("contact-email-address", "Their e-mail address") { Value = "EMAIL" },
        OutputFormat.Option("text", OutputFormat.Json, "id"),
        .. BrokerConnection.Options,
    ]);

    public async Task<int> RunAsync(ParsedCommand args, CliContext context, CancellationToken cancellationToken)
    {
        var format = OutputFormat.Read(args, "text", OutputFormat.Json, "id");
        var contactName = args.Value("contact-name");
        var email = args.Value("contact-email-address");
        if (email is not null && contactName is null)
        {
            throw new UsageException("'--contact-email-address' needs '--contact-name' too");
        }

        var environment = new NewEnvironment
        {
            Name = args.Required("name"),
            DisplayName = args.Value("display-name"),
            Production = args.Flag("production"),
            Contacts = contactName is null ? [] : [new EnvironmentContact(contactName, email)],
        };
        try
        {
            environment.Validate();
        }
        catch (ArgumentException e)
        {
            throw new UsageException(e.Message.Split(" (Parameter", 2)[0], e);
        }

        var created = await BrokerConnection.Client(args).CreateEnvironmentAsync(environment, cancellationToken).ConfigureAwait(false);
        context.WriteLine(format switch
        {
            "id" => created.Uuid,
            OutputFormat.Json => EnvironmentJson.Of(created).ToString(Newtonsoft.Json.Formatting.Indented),
            _ => context.Style.Green($"✅ Created {created.Name} environment in the broker with UUID {created.Uuid}"),
        });
        return ExitCodes.Success;
    }
}
