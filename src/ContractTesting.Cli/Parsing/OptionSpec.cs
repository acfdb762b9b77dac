namespace ContractTesting.Cli.Parsing;

/// <summary>
/// One option of a command: its long name (<c>--branch</c>), an optional short name (<c>-t</c>) and aliases, whether
/// it takes a value (and whether the value may be left out, as <c>--latest [TAG]</c>), whether it may repeat, and
/// the environment variable it falls back to.
/// </summary>
internal sealed record OptionSpec(string Name, string Help)
{
    /// <summary>The one-letter short name, or null.</summary>
    public char? Short { get; init; }

    /// <summary>Other long names that mean the same option.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>The value's name in the help (<c>VERSION</c>), or null for a flag that takes no value.</summary>
    public string? Value { get; init; }

    /// <summary>Whether the value may be left out (the next argument is taken only when it does not start with <c>-</c>).</summary>
    public bool ValueOptional { get; init; }

    /// <summary>Whether the option may be given more than once.</summary>
    public bool Repeatable { get; init; }

    /// <summary>The environment variable read when the option is not given, or null.</summary>
    public string? Environment { get; init; }

    /// <summary>The default shown in the help, or null.</summary>
    public string? Default { get; init; }

    public bool TakesValue => Value is not null;

    public bool Answers(string longName) => Name == longName || Aliases.Contains(longName);

    /// <summary>How the help names it: <c>-t, --tag &lt;TAG&gt;</c>.</summary>
    public string Signature()
    {
        var names = (Short is { } s ? $"-{s}, " : "    ") + "--" + Name;
        return Value is null ? names : ValueOptional ? $"{names} [<{Value}>]" : $"{names} <{Value}>";
    }
}
