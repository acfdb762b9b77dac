using ContractTesting.Cli;
using ContractTesting.Cli.Output;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // The first Ctrl+C stops the command cleanly (the broker and the mock shut down); a second one ends the process.
    if (!cancellation.IsCancellationRequested)
    {
        e.Cancel = true;
        cancellation.Cancel();
    }
};

var context = new CliContext(CliConsole.System(Environment.GetEnvironmentVariable), Environment.GetEnvironmentVariable, Environment.CurrentDirectory);
return await ContractCli.RunAsync(args, context, cancellation.Token);
