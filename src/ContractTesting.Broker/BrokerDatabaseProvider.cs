namespace ContractTesting.Broker;

/// <summary>Which database server keeps the broker's data.</summary>
public enum BrokerDatabaseProvider
{
    /// <summary>An SQLite file: the embedded default, for one broker process.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server: for teams, and for several broker instances sharing one database.</summary>
    PostgreSql,
}
