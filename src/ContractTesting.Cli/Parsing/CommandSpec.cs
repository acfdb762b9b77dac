namespace ContractTesting.Cli.Parsing;

/// <summary>What a command accepts: its options, positional arguments, and the text its help shows.</summary>
internal sealed record CommandSpec(string Name, string Summary, IReadOnlyList<OptionSpec> Options)
{
    /// <summary>The positional arguments, or null when the command takes none.</summary>
    public PositionalSpec? Positionals { get; init; }

    /// <summary>More help after the options (examples, exit codes), or null.</summary>
    public string? Details { get; init; }

    public OptionSpec? Long(string name) => Options.FirstOrDefault(o => o.Answers(name));

    public OptionSpec? ShortOption(char name) => Options.FirstOrDefault(o => o.Short == name);
}
