using ContractTesting.BrokerClient;
using ContractTesting.Cli.Parsing;

namespace ContractTesting.Cli.Commands;

/// <summary>
/// Reads can-i-deploy's selectors in command-line order, as the official CLI re-reads its argv: <c>-a/--pacticipant X</c>
/// starts a selector and <c>-e/--version</c>, <c>-l/--latest [TAG]</c>, <c>--branch</c>, <c>--tag</c> and
/// <c>--main-branch</c> after it belong to it; <c>--ignore X</c> starts an ignored pacticipant, and a
/// <c>--version</c> after it names the ignored version.
/// </summary>
internal static class CanIDeployArguments
{
    /// <param name="args">The command line.</param>
    /// <param name="toMainBranch">Whether this is can-i-merge, which has no destination options: the destination is the main branch.</param>
    public static CanIDeployQuery Read(ParsedCommand args, bool toMainBranch = false)
    {
        var selectors = new List<MatrixSelector>();
        var ignores = new List<MatrixIgnore>();
        var ignoring = false;
        foreach (var (option, value) in args.Options)
        {
            switch (option.Name)
            {
                case "pacticipant":
                    selectors.Add(new MatrixSelector { Pacticipant = value! });
                    ignoring = false;
                    break;
                case "ignore":
                    ignores.Add(new MatrixIgnore(value!));
                    ignoring = true;
                    break;
                case "version" when ignoring:
                    ignores[^1] = ignores[^1] with { Version = value };
                    break;
                case "version" or "latest" or "branch" or "tag" or "main-branch":
                    if (selectors.Count == 0 || ignoring)
                    {
                        throw new UsageException($"'{ParsedCommand.Describe(option)}' must follow the '-a/--pacticipant <PACTICIPANT>' it belongs to");
                    }

                    selectors[^1] = Apply(selectors[^1], option.Name, value);
                    break;
            }
        }

        if (selectors.Count == 0)
        {
            throw new UsageException("the following required arguments were not provided: --pacticipant <PACTICIPANT>");
        }

        var query = new CanIDeployQuery
        {
            Selectors = selectors,
            Ignore = ignores,
            ToEnvironment = toMainBranch ? null : args.Value("to-environment"),
            ToTag = toMainBranch ? null : args.Value("to"),
            ToMainBranch = toMainBranch,
            RetryWhileUnknown = args.Number("retry-while-unknown", 0, 1000) ?? 0,
            RetryInterval = TimeSpan.FromSeconds(args.Number("retry-interval", 0, 3600) ?? 5),
        };
        try
        {
            query.Validate();
        }
        catch (ArgumentException e)
        {
            throw new UsageException(e.Message.Split(" (Parameter", 2)[0], e);
        }

        return query;
    }

    private static MatrixSelector Apply(MatrixSelector selector, string option, string? value) => option switch
    {
        "version" => selector with { Version = value },
        "latest" => selector with { Latest = true, Tag = value ?? selector.Tag },
        "branch" => selector with { Branch = value },
        "tag" => selector with { Tag = value },
        _ => selector with { MainBranch = true },
    };
}
