using System.Reflection;
using ContractTesting.BrokerClient;
using ContractTesting.Cli.Commands;
using ContractTesting.Cli.Parsing;
using ContractTesting.Sources;

namespace ContractTesting.Cli;

/// <summary>
/// The <c>contract</c> command line: finds the subcommand, reads its arguments, runs it and maps failures to exit
/// codes (2 for a wrong command line with the usage, 1 for anything that failed, with the reason on standard error).
/// </summary>
internal static class ContractCli
{
    public static IReadOnlyList<ICommand> Commands { get; } =
    [
        new BrokerCommand(),
        new PublishCommand(),
        new VerifyCommand(),
        new CanIDeployCommand(),
        new CanIDeployCommand(toMainBranch: true),
        new RecordCommand(RecordCommand.Kind.Deployment),
        new RecordCommand(RecordCommand.Kind.Undeployment),
        new RecordCommand(RecordCommand.Kind.Release),
        new RecordCommand(RecordCommand.Kind.SupportEnded),
        new CreateEnvironmentCommand(),
        new ListEnvironmentsCommand(),
        new DescribeVersionCommand(),
        new MockCommand(),
    ];

    public static string Version { get; } = typeof(ContractCli).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    public static async Task<int> RunAsync(IReadOnlyList<string> args, CliContext context, CancellationToken cancellationToken)
    {
        if (args.Count == 0 || args[0] is "-h" or "--help" or "help")
        {
            (args.Count == 0 ? context.Console.Error : context.Console.Out).Write(Overview());
            return args.Count == 0 ? ExitCodes.Usage : ExitCodes.Success;
        }

        if (args[0] is "-V" or "--version")
        {
            context.WriteLine($"contract {Version}");
            return ExitCodes.Success;
        }

        var command = Commands.FirstOrDefault(c => c.Spec.Name == args[0]);
        if (command is null)
        {
            context.Fail($"unrecognized subcommand '{args[0]}'\n\nUsage: contract <COMMAND>\n\nFor more information, try 'contract --help'.");
            return ExitCodes.Usage;
        }

        try
        {
            var parsed = ArgumentParser.Parse(command.Spec, [.. args.Skip(1)], context.Environment);
            if (parsed is null)
            {
                context.Console.Out.Write(HelpText.For(command.Spec));
                return ExitCodes.Success;
            }

            return await command.RunAsync(parsed, context, cancellationToken).ConfigureAwait(false);
        }
        catch (UsageException e)
        {
            context.Fail($"{e.Message}\n\n{HelpText.Usage(command.Spec)}\n\nFor more information, try 'contract {command.Spec.Name} --help'.");
            return ExitCodes.Usage;
        }
        catch (Exception e) when (e is PactBrokerException or PactSourceException or IOException or UnauthorizedAccessException
            or PactFiles.PactFormatException or InvalidOperationException or ArgumentException or System.Data.Common.DbException)
        {
            context.Fail(e.Message);
            return ExitCodes.Failure;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            context.Fail("cancelled");
            return ExitCodes.Failure;
        }
    }

    private static string Overview()
    {
        var lines = Commands.Select(c => "  " + c.Spec.Name.PadRight(22) + c.Spec.Summary.Split('\n')[0]);
        return $"""
            contract {Version}: consumer-driven contract testing (Pact compatible) from the command line

            Usage: contract <COMMAND> [OPTIONS]

            Commands:
            {string.Join("\n", lines)}

            Options:
              -h, --help     Print help (also after a command: contract publish --help)
              -V, --version  Print the version

            Exit codes: 0 success; 1 failure (or can-i-deploy did not say yes); 2 wrong arguments.

            """;
    }
}
