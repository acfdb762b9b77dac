namespace ContractTesting.Cli.Parsing;

/// <summary>The positional arguments of a command (e.g. the pact files of <c>publish</c>): their name, help, and whether at least one is required.</summary>
internal sealed record PositionalSpec(string Name, string Help, bool Required);
