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

    [Fact]
    public void FromConfiguration_AuthAndWebhookSections_AreRead()
    {
        var options = Read(
            ("Broker:Auth:Username", "admin"), ("Broker:Auth:Password", "pw"), ("Broker:Auth:ReadOnlyToken", "t"), ("Broker:Auth:AllowPublicRead", "true"),
            ("Broker:Webhooks:RetrySchedule", "1, 2.5"), ("Broker:Webhooks:AllowedSchemes", "https,http"), ("Broker:Webhooks:AllowedHosts", "*.example.com 10.0.0.0/8"),
            ("Broker:Webhooks:TimeoutSeconds", "3"), ("Broker:Webhooks:AllowedMethods", "POST,PUT"));

        Assert.True(options.Auth.Enabled);
        Assert.Equal("admin", options.Auth.Username);
        Assert.Equal("t", options.Auth.ReadOnlyToken);
        Assert.True(options.Auth.AllowPublicRead);
        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2.5)], options.Webhooks.RetrySchedule);
        Assert.Equal(["https", "http"], options.Webhooks.AllowedSchemes);
        Assert.Equal(["*.example.com", "10.0.0.0/8"], options.Webhooks.AllowedHosts);
        Assert.Equal(["POST", "PUT"], options.Webhooks.AllowedMethods);
        Assert.Equal(TimeSpan.FromSeconds(3), options.Webhooks.Timeout);
    }

    [Fact]
    public void FromConfiguration_Nothing_IsOpenWithThePactBrokersWebhookRules()
    {
        var options = BrokerOptions.FromConfiguration(new ConfigurationBuilder().Build());

        Assert.False(options.Auth.Enabled);
        Assert.Equal(["POST"], options.Webhooks.AllowedMethods);
        Assert.Equal(["https"], options.Webhooks.AllowedSchemes);
        Assert.Empty(options.Webhooks.AllowedHosts);
        Assert.Equal(6, options.Webhooks.RetrySchedule.Count);
    }

    [Theory]
    [InlineData("Broker:Auth:Username", "admin", "must be set together")]
    [InlineData("Broker:Auth:ReadOnlyToken", "t", "only read-only credentials")]
    [InlineData("Broker:Auth:Token", " ", "must not be blank")]
    [InlineData("Broker:Auth:AllowPublicRead", "true", "needs credentials")]
    [InlineData("Broker:Webhooks:RetrySchedule", "10,soon", "'soon' is not a number of seconds")]
    [InlineData("Broker:Webhooks:AllowedSchemes", "ftp", "'ftp' is not http or https")]
    public void FromConfiguration_BadSecurityOrWebhookValue_SaysWhich(string key, string value, string expected)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Read((key, value)));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    private static BrokerOptions Read(params (string Key, string Value)[] values) =>
        BrokerOptions.FromConfiguration(new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value))).Build());
}
