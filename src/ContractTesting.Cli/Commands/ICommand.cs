using ContractTesting.Cli.Parsing;

namespace ContractTesting.Cli.Commands;

/// <summary>One <c>contract</c> subcommand.</summary>
internal interface ICommand
{
    /// <summary>What it accepts.</summary>
    CommandSpec Spec { get; }

    /// <summary>Runs it; returns the exit code.</summary>
    /// <exception cref="UsageException">The arguments are wrong in a way the parser cannot see (a flag out of place, an invalid value).</exception>
    Task<int> RunAsync(ParsedCommand args, CliContext context, CancellationToken cancellationToken);
}
