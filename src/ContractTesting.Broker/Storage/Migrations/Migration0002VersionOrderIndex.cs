namespace ContractTesting.Broker.Storage.Migrations;

/// <summary>
/// An index on <c>versions.version_order</c> alone, for SQLite. A new version's order there is
/// <c>MAX(version_order) + 1</c> over every version (see <see cref="SqliteDialect.NextVersionOrder"/>); without an index
/// that starts with the column, SQLite reads the whole <c>(pacticipant_id, version_order)</c> index for it, which costs
/// milliseconds on every publication and verification from a new version once there are 100,000 versions. With it the
/// maximum is one index lookup. PostgreSQL takes the order from a sequence and does not need it.
/// </summary>
internal static class Migration0002VersionOrderIndex
{
    public static Migration Migration { get; } = new(2, "index on versions.version_order (SQLite)", """
        /*sqlite*/ CREATE INDEX versions_version_order ON versions (version_order);
        """);
}
