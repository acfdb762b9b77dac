namespace ContractTesting.Broker.Storage.Migrations;

/// <summary>
/// One numbered schema change. Its statements are DDL templates (see <see cref="SqlDialect.Ddl"/>), separated by
/// semicolons at line ends, run in order in the migration transaction. A statement that starts with
/// <c>/*postgresql*/</c> or <c>/*sqlite*/</c> runs only on that server.
/// </summary>
/// <param name="Version">The number, recorded in <c>schema_migrations</c> once applied; versions only ever grow.</param>
/// <param name="Name">What the change does.</param>
/// <param name="Script">The DDL template.</param>
internal sealed record Migration(int Version, string Name, string Script)
{
    /// <summary>The statements of the script for one dialect.</summary>
    public IEnumerable<string> Statements(SqlDialect dialect) =>
        dialect.Ddl(Script)
            .Split(";\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(statement => statement.TrimEnd(';'))
            .Where(statement => statement.Length > 0 && RunsOn(statement, dialect.Provider));

    private static bool RunsOn(string statement, BrokerDatabaseProvider provider) =>
        statement.StartsWith("/*postgresql*/", StringComparison.Ordinal) ? provider == BrokerDatabaseProvider.PostgreSql
        : !statement.StartsWith("/*sqlite*/", StringComparison.Ordinal) || provider == BrokerDatabaseProvider.Sqlite;
}
