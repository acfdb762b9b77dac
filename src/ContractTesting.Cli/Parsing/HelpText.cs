using System.Text;

namespace ContractTesting.Cli.Parsing;

/// <summary>The help and usage text of commands, in the layout clap gives the official tools.</summary>
internal static class HelpText
{
    public static string Usage(CommandSpec spec) =>
        $"Usage: contract {spec.Name} [OPTIONS]" + (spec.Positionals is { } p ? p.Required ? $" <{p.Name}>..." : $" [{p.Name}]..." : string.Empty);

    public static string For(CommandSpec spec)
    {
        var text = new StringBuilder().Append(spec.Summary).Append("\n\n").Append(Usage(spec)).Append('\n');
        if (spec.Positionals is { } positionals)
        {
            text.Append("\nArguments:\n  ").Append($"<{positionals.Name}>...".PadRight(40)).Append(positionals.Help).Append('\n');
        }

        text.Append("\nOptions:\n");
        foreach (var option in spec.Options)
        {
            var help = option.Help;
            if (option.Default is { } value)
            {
                help += $" [default: {value}]";
            }

            if (option.Environment is { } variable)
            {
                help += $" [env: {variable}=]";
            }

            if (option.Aliases.Count > 0)
            {
                help += $" [aliases: {string.Join(", ", option.Aliases.Select(a => "--" + a))}]";
            }

            var signature = "  " + option.Signature();
            text.Append(signature.Length >= 42 ? signature + "\n" + new string(' ', 42) : signature.PadRight(42)).Append(help).Append('\n');
        }

        text.Append("  -h, --help".PadRight(42)).Append("Print help\n");
        if (spec.Details is { } details)
        {
            text.Append('\n').Append(details.TrimEnd()).Append('\n');
        }

        return text.ToString();
    }
}
