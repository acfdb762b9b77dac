using ContractTesting.Broker.Branches;
using ContractTesting.Broker.Environments;
using ContractTesting.Broker.Pacts;
using ContractTesting.Broker.Tags;

namespace ContractTesting.Broker.Versions;

/// <summary>A version with everything its resource shows: tags, branches, pacts, and where it can be or was deployed.</summary>
internal sealed record VersionView(
    VersionRow Version,
    IReadOnlyList<TagRow> Tags,
    IReadOnlyList<BranchVersionRow> Branches,
    IReadOnlyList<PactRow> Pacts,
    IReadOnlyList<EnvironmentRow> Environments,
    IReadOnlyList<VersionPlacement> Deployments,
    IReadOnlyList<VersionPlacement> Releases);
