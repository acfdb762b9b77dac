namespace ContractTesting.Cli.Parsing;

/// <summary>One option as it was given, in command-line order: the option and its value (null for a flag, or an optional value left out).</summary>
internal sealed record ParsedOption(OptionSpec Option, string? Value);
