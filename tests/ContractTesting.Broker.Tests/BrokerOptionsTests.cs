using Microsoft.Extensions.Configuration;

namespace ContractTesting.Broker.Tests;

public sealed class BrokerOptionsTests
{
    [Fact]
    public void FromConfiguration_Nothing_IsSqliteInTheWorkingDirectory()
    {
        var options = BrokerOptions.FromConfiguration(new ConfigurationBuilder().Build());

        Assert.Equal(BrokerDatabaseProvider.Sqlite, options.DatabaseProvider);
        Assert.Equal($"Data Source={BrokerOptions.DefaultSqliteFile}", options.ConnectionString);
        Assert.Equal(16L * 1024 * 1024, options.MaxRequestBodyBytes);
    }

    [Fact]
    public void FromConfiguration_HostConnectionString_IsPostgreSql()
    {
        var options = Read(("ConnectionStrings:Broker", "Host=db;Username=u;Password=p;Database=broker"), ("Broker:BaseUrl", "https://b.example.com"));

        Assert.Equal(BrokerDatabaseProvider.PostgreSql, options.DatabaseProvider);
        Assert.Equal(new Uri("https://b.example.com"), options.BaseUrl);
    }

    [Fact]
    public void FromConfiguration_ExplicitProvider_WinsOverTheGuess()
    {
        var options = Read(("ConnectionStrings:Broker", "Data Source=x.db"), ("Broker:DatabaseProvider", "postgresql"));

        Assert.Equal(BrokerDatabaseProvider.PostgreSql, options.DatabaseProvider);
    }

    [Theory]
    [InlineData("Broker:DatabaseProvider", "Oracle", "Oracle")]
    [InlineData("Broker:BaseUrl", "not a url", "absolute URL")]
    [InlineData("Broker:MaxRequestBodyBytes", "10", "at least 1024")]
    public void FromConfiguration_BadValue_SaysWhich(string key, string value, string expected)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Read((key, value)));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    private static BrokerOptions Read(params (string Key, string Value)[] values) =>
        BrokerOptions.FromConfiguration(new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value))).Build());
}
