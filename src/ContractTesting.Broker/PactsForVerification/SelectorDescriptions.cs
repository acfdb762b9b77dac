namespace ContractTesting.Broker.PactsForVerification;

/// <summary>
/// How the selectors that picked a pact are described, in the Pact Broker's words: the short description
/// (<c>shortDescription</c>, which some clients use as a test name) and the lines of the inclusion notice.
/// </summary>
internal static class SelectorDescriptions
{
    /// <summary>E.g. <c>latest from main branch, deployed to production</c>.</summary>
    public static string Short(VerifiablePact pact) => string.Join(", ", pact.Selectors.Select(Short));

    /// <summary>The bulleted lines of the inclusion notice: one per selector, deployments and releases grouped by consumer.</summary>
    public static string Long(VerifiablePact pact, string provider)
    {
        var lines = new List<string>();
        foreach (var group in pact.Selectors.GroupBy(s => s.Kind))
        {
            if (group.Key is SelectorKind.Deployed or SelectorKind.Released)
            {
                var verb = group.Key == SelectorKind.Deployed ? "currently deployed to" : "released and supported in";
                lines.AddRange(group.GroupBy(s => s.Selector.Consumer).Select(byConsumer =>
                    $"{(byConsumer.Key is null ? "consumer version(s)" : $"version(s) of {byConsumer.Key}")} {verb} "
                    + Join([.. byConsumer.Select(s => $"{s.Environment} ({s.ConsumerVersionNumber})")])));
            }
            else
            {
                lines.AddRange(group.Select(s => $"{Describe(s, provider, pact.ConsumerMainBranch)} ({s.ConsumerVersionNumber})"));
            }
        }

        return string.Join('\n', lines.Select(line => $"    * {line}"));
    }

    /// <summary>Words joined with commas and a final "and": <c>a, b and c</c>.</summary>
    public static string Join(IReadOnlyList<string> words) =>
        words.Count <= 2 ? string.Join(" and ", words) : $"{string.Join(", ", words.Take(words.Count - 2))}, {words[^2]} and {words[^1]}";

    private static string Short(ResolvedSelector s) => s.Kind switch
    {
        SelectorKind.OverallLatest => "latest",
        SelectorKind.LatestTag => $"latest with tag {s.Tag}",
        SelectorKind.MainBranch => "latest from main branch",
        SelectorKind.Branch or SelectorKind.AllBranches => $"latest from branch {s.Branch}",
        SelectorKind.AllForTag => s.Selector.Consumer is null ? $"one of {s.Tag}" : $"one of {s.Selector.Consumer} {s.Tag}",
        SelectorKind.Deployed => $"deployed to {s.Environment}",
        SelectorKind.Released => $"released in {s.Environment}",
        _ => $"in environment {s.Environment}",
    };

    private static string Describe(ResolvedSelector s, string provider, string? mainBranch)
    {
        var consumer = s.Selector.Consumer;
        var version = consumer is null ? "version" : $"version of {consumer}";
        return s.Kind switch
        {
            SelectorKind.OverallLatest => $"latest version of {consumer ?? "a consumer"} that has a pact with {provider}",
            SelectorKind.LatestTag when s.UsedFallback => $"latest {version} tagged '{s.Tag}' (fallback tag used as no pact was found with tag '{s.Selector.Tag}')",
            SelectorKind.LatestTag => $"latest {version} tagged '{s.Tag}'",
            SelectorKind.MainBranch => $"latest {version} from the main branch '{mainBranch}'",
            SelectorKind.Branch when s.UsedFallback =>
                $"latest {version} from branch '{s.Branch}' (fallback branch used as no pact was found from branch '{s.Selector.Branch}')",
            SelectorKind.Branch or SelectorKind.AllBranches => $"latest {version} from branch '{s.Branch}'",
            SelectorKind.AllForTag => consumer is null ? $"all consumer versions tagged '{s.Tag}'" : $"all {consumer} versions tagged '{s.Tag}'",
            _ => $"{consumer ?? "a consumer"} version in environment {s.Environment}",
        };
    }
}
