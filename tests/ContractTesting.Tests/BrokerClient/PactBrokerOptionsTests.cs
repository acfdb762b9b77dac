using ContractTesting.BrokerClient;

namespace ContractTesting.Tests.BrokerClient;

public sealed class PactBrokerOptionsTests
{
    [Fact]
    public void FromVariables_TokenAndBasicCredentials_TokenWins()
    {
        var variables = Variables(("PACT_BROKER_BASE_URL", "http://broker.test/"), ("PACT_BROKER_TOKEN", "t0k3n"),
            ("PACT_BROKER_USERNAME", "ci"), ("PACT_BROKER_PASSWORD", "secret"));

        var options = PactBrokerOptions.FromVariables(variables);

        Assert.Equal(new Uri("http://broker.test/"), options.BaseUrl);
        Assert.Equal("Bearer t0k3n", options.Authentication!.Header().ToString());
    }

    [Fact]
    public void FromVariables_UsernameWithoutPassword_UsesBasicWithEmptyPassword()
    {
        var variables = Variables(("PACT_BROKER_BASE_URL", "https://broker.test/context"), ("PACT_BROKER_USERNAME", "ci"));

        var options = PactBrokerOptions.FromVariables(variables);

        Assert.Equal("Basic " + Convert.ToBase64String("ci:"u8.ToArray()), options.Authentication!.Header().ToString());
    }

    [Fact]
    public void FromVariables_NothingButTheBaseUrl_HasNoAuthentication()
    {
        var options = PactBrokerOptions.FromVariables(Variables(("PACT_BROKER_BASE_URL", "http://broker.test")));

        Assert.Null(options.Authentication);
    }

    [Theory]
    [InlineData(null, "PACT_BROKER_BASE_URL is not set")]
    [InlineData("broker.test", "PACT_BROKER_BASE_URL must be an absolute http or https URL, not 'broker.test'")]
    [InlineData("ftp://broker.test", "PACT_BROKER_BASE_URL must be an absolute http or https URL")]
    public void FromVariables_BadBaseUrl_ThrowsSayingWhy(string? baseUrl, string expected)
    {
        var variables = Variables(("PACT_BROKER_BASE_URL", baseUrl));

        var error = Assert.Throws<InvalidOperationException>(() => PactBrokerOptions.FromVariables(variables));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromVariables_PasswordWithoutUsername_Throws()
    {
        var variables = Variables(("PACT_BROKER_BASE_URL", "http://broker.test"), ("PACT_BROKER_PASSWORD", "secret"));

        var error = Assert.Throws<InvalidOperationException>(() => PactBrokerOptions.FromVariables(variables));

        Assert.Contains("PACT_BROKER_USERNAME is not", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_RelativeBaseUrl_Throws()
    {
        var options = new PactBrokerOptions { BaseUrl = new Uri("/broker", UriKind.Relative) };

        var error = Assert.Throws<ArgumentException>(options.Validate);

        Assert.Contains("absolute http or https URL, not '/broker'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ZeroTimeout_Throws()
    {
        var options = new PactBrokerOptions { BaseUrl = new Uri("http://broker.test"), RequestTimeout = TimeSpan.Zero };

        Assert.Throws<ArgumentException>(options.Validate);
    }

    private static Func<string, string?> Variables(params (string Name, string? Value)[] values) =>
        name => values.FirstOrDefault(v => v.Name == name).Value;
}
