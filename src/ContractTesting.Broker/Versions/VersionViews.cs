using ContractTesting.Broker.Branches;
using ContractTesting.Broker.Environments;
using ContractTesting.Broker.Pacts;
using ContractTesting.Broker.Tags;

namespace ContractTesting.Broker.Versions;

/// <summary>Loads what a version's resource shows.</summary>
internal sealed class VersionViews(
    TagStore tags, BranchStore branches, PactStore pacts, EnvironmentStore environments, VersionPlacementStore placements)
{
    public async Task<VersionView> LoadAsync(VersionRow version, CancellationToken cancellationToken) => new(
        version,
        await tags.ForVersionAsync(version.Id, cancellationToken).ConfigureAwait(false),
        await branches.ForVersionAsync(version.Id, cancellationToken).ConfigureAwait(false),
        await pacts.ForConsumerVersionAsync(version.Id, cancellationToken).ConfigureAwait(false),
        await environments.ListAsync(cancellationToken).ConfigureAwait(false),
        await placements.DeploymentsAsync(version.Id, cancellationToken).ConfigureAwait(false),
        await placements.ReleasesAsync(version.Id, cancellationToken).ConfigureAwait(false));
}
