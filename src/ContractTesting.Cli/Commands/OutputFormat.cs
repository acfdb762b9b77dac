using ContractTesting.Cli.Parsing;

namespace ContractTesting.Cli.Commands;

/// <summary>The <c>-o/--output</c> option: text for people (a table where there is one) or JSON for machines.</summary>
internal static class OutputFormat
{
    public const string Json = "json";

    public static OptionSpec Option(params string[] formats) =>
        new("output", $"How to print the result: {string.Join(", ", formats)}") { Short = 'o', Value = "FORMAT", Default = formats[0] };

    /// <summary>The format asked for.</summary>
    /// <exception cref="UsageException">It is not one of the command's formats.</exception>
    public static string Read(ParsedCommand args, params string[] formats)
    {
        var format = args.Value("output") ?? formats[0];
        return formats.Contains(format)
            ? format
            : throw new UsageException($"invalid value '{format}' for '-o/--output <FORMAT>': expected one of {string.Join(", ", formats)}");
    }
}
