using ContractTesting.Broker.Storage;
using Npgsql;

namespace ContractTesting.Broker.Tests.Storage;

public sealed class PostgresDialectTests
{
    [Fact]
    public async Task CreateConnection_NoPoolSizeInTheConnectionString_CapsThePool()
    {
        await using var dialect = new PostgresDialect("Host=127.0.0.1;Database=broker;Username=broker");

        await using var connection = dialect.CreateConnection();

        Assert.Equal(PostgresDialect.DefaultMaxPoolSize, new NpgsqlConnectionStringBuilder(connection.ConnectionString).MaxPoolSize);
    }

    [Theory]
    [InlineData("Maximum Pool Size=7")]
    [InlineData("MaxPoolSize=7")]
    [InlineData("maxpoolsize=7")]
    public async Task CreateConnection_PoolSizeInTheConnectionString_KeepsIt(string setting)
    {
        await using var dialect = new PostgresDialect($"Host=127.0.0.1;Database=broker;Username=broker;{setting}");

        await using var connection = dialect.CreateConnection();

        Assert.Equal(7, new NpgsqlConnectionStringBuilder(connection.ConnectionString).MaxPoolSize);
    }
}
