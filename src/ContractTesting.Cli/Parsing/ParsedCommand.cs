using System.Globalization;

namespace ContractTesting.Cli.Parsing;

/// <summary>
/// A command line read against a <see cref="CommandSpec"/>: the options in the order given (can-i-deploy's selectors
/// depend on it), the positional arguments, and the environment for options that fall back to a variable.
/// </summary>
internal sealed class ParsedCommand(CommandSpec spec, IReadOnlyList<ParsedOption> options, IReadOnlyList<string> positionals, Func<string, string?> environment)
{
    public CommandSpec Spec { get; } = spec;

    /// <summary>The options in command-line order.</summary>
    public IReadOnlyList<ParsedOption> Options { get; } = options;

    public IReadOnlyList<string> Positionals { get; } = positionals;

    /// <summary>Whether the option was given on the command line (its environment variable does not count).</summary>
    public bool Given(string name) => Options.Any(o => o.Option.Name == name);

    /// <summary>The option's value (the last one given), else its environment variable's when set and not empty, else null.</summary>
    public string? Value(string name)
    {
        var option = Option(name);
        var given = Options.LastOrDefault(o => o.Option == option);
        return given is not null ? given.Value : option.Environment is { } variable && environment(variable) is { Length: > 0 } value ? value : null;
    }

    /// <summary>The option's value.</summary>
    /// <exception cref="UsageException">It was not given (nor its environment variable set).</exception>
    public string Required(string name)
    {
        var option = Option(name);
        return Value(name) ?? throw new UsageException(
            $"the option '{Describe(option)}' is required" + (option.Environment is { } variable ? $" (or set {variable})" : string.Empty));
    }

    /// <summary>Every value given for a repeatable option, comma-separated lists split (<c>-t a,b -t c</c> is a, b, c); else the environment variable's.</summary>
    public IReadOnlyList<string> List(string name)
    {
        var option = Option(name);
        var values = Options.Where(o => o.Option == option && o.Value is not null).Select(o => o.Value!).ToList();
        if (values.Count == 0 && option.Environment is { } variable && environment(variable) is { Length: > 0 } value)
        {
            values.Add(value);
        }

        return [.. values.SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))];
    }

    /// <summary>Every value given for a repeatable option, as given (not split).</summary>
    public IReadOnlyList<string> All(string name)
    {
        var option = Option(name);
        return [.. Options.Where(o => o.Option == option && o.Value is not null).Select(o => o.Value!)];
    }

    /// <summary>Whether a flag was given, or its environment variable is <c>true</c> or <c>1</c>.</summary>
    public bool Flag(string name)
    {
        var option = Option(name);
        return Options.Any(o => o.Option == option) || option.Environment is { } variable && environment(variable) is "true" or "TRUE" or "True" or "1";
    }

    /// <summary>A whole number, or null when not given.</summary>
    /// <exception cref="UsageException">The value is not a whole number within the range.</exception>
    public int? Number(string name, int min = 0, int max = int.MaxValue)
    {
        var text = Value(name);
        if (text is null)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max
            ? number
            : throw new UsageException($"invalid value '{text}' for '{Describe(Option(name))}': expected a whole number from {min} to {max}");
    }

    /// <summary>An absolute http(s) URL, or null when not given.</summary>
    /// <exception cref="UsageException">The value is not an absolute http or https URL.</exception>
    public Uri? Url(string name)
    {
        var text = Value(name);
        if (text is null)
        {
            return null;
        }

        return Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Scheme is "http" or "https"
            ? url
            : throw new UsageException($"invalid value '{text}' for '{Describe(Option(name))}': expected an absolute http or https URL");
    }

    public static string Describe(OptionSpec option) => (option.Short is { } s ? $"-{s}/" : string.Empty) + "--" + option.Name + (option.Value is null ? string.Empty : $" <{option.Value}>");

    private OptionSpec Option(string name) => Spec.Long(name) ?? throw new InvalidOperationException($"The command '{Spec.Name}' has no option '--{name}'.");
}
