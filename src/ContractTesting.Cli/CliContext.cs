using ContractTesting.Cli.Output;

namespace ContractTesting.Cli;

/// <summary>What a command runs with: the console, the environment variables and the working directory (all given, so tests run commands in process).</summary>
internal sealed record CliContext(CliConsole Console, Func<string, string?> Environment, string WorkingDirectory)
{
    /// <summary>The clock retries and polling wait on. Defaults to the system's.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>A path given on the command line, relative to the working directory.</summary>
    public string Path(string path) => System.IO.Path.GetFullPath(path, WorkingDirectory);

    public Style Style => Console.Style;

    public void WriteLine(string line = "") => Console.Out.WriteLine(line);

    /// <summary>Writes a problem to standard error, prefixed as the official CLI prefixes them.</summary>
    public void Fail(string message) => Console.Error.WriteLine(Style.Red("error: ") + message);
}
