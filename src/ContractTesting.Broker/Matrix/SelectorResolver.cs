using ContractTesting.Broker.Environments;
using ContractTesting.Broker.Pacticipants;

namespace ContractTesting.Broker.Matrix;

/// <summary>
/// Resolves selectors to versions: one <see cref="ResolvedSelector"/> per matching version, one for every version
/// when only the pacticipant is named, and one marked missing when nothing matches. Ignore entries, resolved first,
/// mark the selectors they cover.
/// </summary>
internal sealed class SelectorResolver(PacticipantStore pacticipants, EnvironmentStore environments, MatrixVersionStore versions)
{
    private readonly Dictionary<string, PacticipantRow?> _pacticipants = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EnvironmentRow?> _environments = new(StringComparer.Ordinal);

    public async Task<IReadOnlyList<ResolvedSelector>> ResolveAsync(
        IEnumerable<MatrixSelector> selectors, SelectorRole role, IReadOnlyList<ResolvedSelector> ignore, CancellationToken cancellationToken)
    {
        var resolved = new List<ResolvedSelector>();
        foreach (var selector in selectors)
        {
            resolved.AddRange(await ResolveAsync(selector, role, ignore, cancellationToken).ConfigureAwait(false));
        }

        return resolved;
    }

    private async Task<IReadOnlyList<ResolvedSelector>> ResolveAsync(
        MatrixSelector selector, SelectorRole role, IReadOnlyList<ResolvedSelector> ignore, CancellationToken cancellationToken)
    {
        var name = selector.Pacticipant ?? "";
        var pacticipant = await PacticipantAsync(name, cancellationToken).ConfigureAwait(false);
        if (pacticipant is null)
        {
            return [new ResolvedSelector { Original = selector, Role = role, PacticipantId = ResolvedSelector.Missing, PacticipantName = name }];
        }

        var found = new ResolvedSelector { Original = selector, Role = role, PacticipantId = pacticipant.Id, PacticipantName = pacticipant.Name };
        if (selector.OnlyPacticipant)
        {
            return [found with { Ignored = ignore.Any(i => i.PacticipantId == pacticipant.Id && i.Original.OnlyPacticipant) }];
        }

        var branch = selector.Branch ?? (selector.MainBranch ? pacticipant.MainBranch : null);
        var matches = await VersionsAsync(pacticipant, selector, branch, cancellationToken).ConfigureAwait(false);
        if (matches.Count == 0)
        {
            return [found with
            {
                VersionId = ResolvedSelector.Missing,
                VersionNumber = selector.Version,
                Ignored = ignore.Any(i => i.PacticipantId == pacticipant.Id && i.Original.OnlyPacticipant),
            }];
        }

        return [.. matches.Select(version => found with
        {
            VersionId = version.Id,
            VersionNumber = version.Number,
            Branch = branch,
            OneOfMany = matches.Count > 1,
            Ignored = ignore.Any(i => i.PacticipantId == pacticipant.Id && (i.Original.OnlyPacticipant || i.VersionId == version.Id)),
        })];
    }

    private async Task<IReadOnlyList<MatrixVersion>> VersionsAsync(
        PacticipantRow pacticipant, MatrixSelector selector, string? branch, CancellationToken cancellationToken)
    {
        if (selector.MainBranch && branch is null)
        {
            return [];
        }

        long? environmentId = null;
        if (selector.Environment is not null)
        {
            if (await EnvironmentAsync(selector.Environment, cancellationToken).ConfigureAwait(false) is not { } environment)
            {
                return [];
            }

            environmentId = environment.Id;
        }

        return await versions.FindAsync(pacticipant.Id, selector, branch, environmentId, cancellationToken).ConfigureAwait(false);
    }

    private async Task<PacticipantRow?> PacticipantAsync(string name, CancellationToken cancellationToken)
    {
        if (!_pacticipants.TryGetValue(name, out var row))
        {
            row = await pacticipants.FindAsync(name, cancellationToken).ConfigureAwait(false);
            _pacticipants[name] = row;
        }

        return row;
    }

    private async Task<EnvironmentRow?> EnvironmentAsync(string name, CancellationToken cancellationToken)
    {
        if (!_environments.TryGetValue(name, out var row))
        {
            row = await environments.FindByNameAsync(name, cancellationToken).ConfigureAwait(false);
            _environments[name] = row;
        }

        return row;
    }
}
