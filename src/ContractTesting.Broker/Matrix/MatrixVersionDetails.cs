using ContractTesting.Broker.Environments;

namespace ContractTesting.Broker.Matrix;

/// <summary>What an answer shows of each version in its rows: tags, branches, and the environments it is in now.</summary>
internal sealed record MatrixVersionDetails(
    ILookup<long, MatrixVersionDetails.Tag> Tags,
    ILookup<long, MatrixVersionDetails.BranchVersion> Branches,
    ILookup<long, MatrixVersionDetails.Placement> Environments)
{
    /// <summary>A tag of a version; <see cref="Latest"/> when no newer version of the pacticipant has it.</summary>
    public sealed class Tag
    {
        public long VersionId { get; init; }

        public string Name { get; init; } = "";

        public bool Latest { get; init; }

        public DateTimeOffset CreatedAt { get; init; }
    }

    /// <summary>A branch a version is on; <see cref="Latest"/> when it is the branch's head.</summary>
    public sealed class BranchVersion
    {
        public long VersionId { get; init; }

        public string BranchName { get; init; } = "";

        public bool Latest { get; init; }
    }

    /// <summary>An environment a version is currently deployed to or supported in.</summary>
    public sealed class Placement
    {
        public long VersionId { get; init; }

        public EnvironmentRow Environment { get; init; } = new();

        public DateTimeOffset PlacedAt { get; init; }
    }
}
