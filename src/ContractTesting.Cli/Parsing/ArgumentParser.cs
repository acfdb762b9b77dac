namespace ContractTesting.Cli.Parsing;

/// <summary>
/// Reads a command's arguments against its <see cref="CommandSpec"/>, keeping the options in order: <c>--name value</c>,
/// <c>--name=value</c>, <c>-x value</c>, <c>-xvalue</c>, flags, optional values (<c>--latest [TAG]</c>) and <c>--</c>
/// before positional arguments that start with <c>-</c>. Anything it does not know is a <see cref="UsageException"/>.
/// </summary>
internal static class ArgumentParser
{
    /// <summary>Reads the arguments; null when they ask for help (<c>-h</c>, <c>--help</c>).</summary>
    /// <exception cref="UsageException">An option is unknown, lacks its value, repeats when it may not, or positional arguments are missing or unexpected.</exception>
    public static ParsedCommand? Parse(CommandSpec spec, IReadOnlyList<string> args, Func<string, string?> environment)
    {
        var options = new List<ParsedOption>();
        var positionals = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg is "-h" or "--help")
            {
                return null;
            }

            if (arg == "--")
            {
                positionals.AddRange(args.Skip(i + 1));
                break;
            }

            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                var equals = arg.IndexOf('=', StringComparison.Ordinal);
                var name = equals < 0 ? arg[2..] : arg[2..equals];
                var option = spec.Long(name) ?? throw new UsageException($"unexpected argument '--{name}' found{Suggestion(spec, name)}");
                options.Add(new ParsedOption(option, ValueOf(option, equals < 0 ? null : arg[(equals + 1)..], args, ref i)));
            }
            else if (arg.Length > 1 && arg[0] == '-' && !char.IsDigit(arg[1]))
            {
                var option = spec.ShortOption(arg[1]) ?? throw new UsageException($"unexpected argument '-{arg[1]}' found");
                var attached = arg.Length > 2 ? arg[2..].TrimStart('=') : null;
                if (attached is not null && !option.TakesValue)
                {
                    throw new UsageException($"unexpected value '{attached}' for '-{arg[1]}': it takes no value");
                }

                options.Add(new ParsedOption(option, ValueOf(option, attached, args, ref i)));
            }
            else
            {
                positionals.Add(arg);
            }
        }

        Check(spec, options, positionals);
        return new ParsedCommand(spec, options, positionals, environment);
    }

    private static string? ValueOf(OptionSpec option, string? attached, IReadOnlyList<string> args, ref int i)
    {
        if (!option.TakesValue)
        {
            return attached is null ? null : throw new UsageException($"unexpected value '{attached}' for '--{option.Name}': it takes no value");
        }

        if (attached is not null)
        {
            return attached;
        }

        var next = i + 1 < args.Count ? args[i + 1] : null;
        var looksLikeValue = next is not null && (!next.StartsWith('-') || next.Length > 1 && char.IsDigit(next[1]) || next == "-");
        if (looksLikeValue)
        {
            i++;
            return next;
        }

        return option.ValueOptional ? null : throw new UsageException($"a value is required for '{ParsedCommand.Describe(option)}' but none was supplied");
    }

    private static void Check(CommandSpec spec, List<ParsedOption> options, List<string> positionals)
    {
        var repeated = options.GroupBy(o => o.Option).FirstOrDefault(g => g.Count() > 1 && !g.Key.Repeatable);
        if (repeated is not null)
        {
            throw new UsageException($"the argument '{ParsedCommand.Describe(repeated.Key)}' cannot be used multiple times");
        }

        if (spec.Positionals is null && positionals.Count > 0)
        {
            throw new UsageException($"unexpected argument '{positionals[0]}' found");
        }

        if (spec.Positionals is { Required: true } required && positionals.Count == 0)
        {
            throw new UsageException($"the following required arguments were not provided: <{required.Name}>...");
        }
    }

    private static string Suggestion(CommandSpec spec, string name)
    {
        var close = spec.Options.SelectMany(o => o.Aliases.Prepend(o.Name))
            .Where(n => n.Contains(name, StringComparison.OrdinalIgnoreCase) || name.Contains(n, StringComparison.OrdinalIgnoreCase))
            .FirstOrDefault();
        return close is null ? string.Empty : $"\n\n  tip: a similar argument exists: '--{close}'";
    }
}
