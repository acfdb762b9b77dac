namespace ContractTesting.Broker.Versions;

/// <summary>The newest version of every pacticipant at once, for lists.</summary>
internal sealed partial class VersionStore
{
    public async Task<IReadOnlyDictionary<long, VersionRow>> LatestOfEachAsync(CancellationToken cancellationToken)
    {
        var rows = await session.QueryAsync<VersionRow>(
            $"{Select} JOIN (SELECT pacticipant_id, MAX(version_order) AS newest FROM versions GROUP BY pacticipant_id) n ON n.pacticipant_id = v.pacticipant_id AND n.newest = v.version_order",
            null, cancellationToken).ConfigureAwait(false);
        return rows.ToDictionary(row => row.PacticipantId);
    }
}
