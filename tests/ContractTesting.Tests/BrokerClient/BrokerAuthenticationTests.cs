using ContractTesting.BrokerClient;

namespace ContractTesting.Tests.BrokerClient;

public sealed class BrokerAuthenticationTests
{
    [Fact]
    public void Basic_UserAndPassword_EncodesThemAsBasicCredentials()
    {
        var authentication = BrokerAuthentication.Basic("ci", "pä:ss");

        var header = authentication.Header();

        Assert.Equal("Basic", header.Scheme);
        Assert.Equal("ci:pä:ss", System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(header.Parameter!)));
    }

    [Fact]
    public void ToString_Bearer_DoesNotRevealTheToken()
    {
        var authentication = BrokerAuthentication.Bearer("very-secret-token");

        var text = authentication.ToString();

        Assert.DoesNotContain("very-secret-token", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Basic_UsernameWithColon_Throws()
    {
        Assert.Throws<ArgumentException>(() => BrokerAuthentication.Basic("a:b", "c"));
    }
}
