namespace ContractTesting.Cli.Output;

/// <summary>Where the CLI writes: standard output for results, standard error for problems, and whether colour is wanted.</summary>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, bool Colour)
{
    /// <summary>
    /// The process's console. Colour only when standard output is a terminal, <c>NO_COLOR</c> is not set
    /// (no-color.org) and <c>TERM</c> is not <c>dumb</c>.
    /// </summary>
    public static CliConsole System(Func<string, string?> environment) => new(
        Console.Out,
        Console.Error,
        !Console.IsOutputRedirected && string.IsNullOrEmpty(environment("NO_COLOR")) && environment("TERM") != "dumb");

    public Style Style => new(Colour);
}
