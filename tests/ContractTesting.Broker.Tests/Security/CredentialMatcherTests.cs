using System.Text;
using ContractTesting.Broker.Security;

namespace ContractTesting.Broker.Tests.Security;

public sealed class CredentialMatcherTests
{
    private static readonly CredentialMatcher Matcher = new(new BrokerAuthOptions
    {
        Username = "admin", Password = "pa:ss", ReadOnlyUsername = "reader", ReadOnlyPassword = "r-pw", Token = "w", ReadOnlyToken = "r",
    });

    [Theory]
    [InlineData("admin", "pa:ss", "Write")]
    [InlineData("reader", "r-pw", "Read")]
    [InlineData("admin", "r-pw", "None")]
    [InlineData("reader", "pa:ss", "None")]
    [InlineData("Admin", "pa:ss", "None")]
    [InlineData("admin", "pa:s", "None")]
    [InlineData("admin", "", "None")]
    public void Match_BasicCredentials_GrantsTheUsersLevel(string user, string password, string expected)
    {
        var header = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}"));

        var level = Matcher.Match(header);

        Assert.Equal(Enum.Parse<AccessLevel>(expected), level);
    }

    [Theory]
    [InlineData("Bearer w", "Write")]
    [InlineData("bearer r", "Read")]
    [InlineData("Bearer wr", "None")]
    [InlineData("Token w", "None")]
    [InlineData("Basic not-base64!", "None")]
    [InlineData("Basic bm9jb2xvbg==", "None")]
    [InlineData("Bearer", "None")]
    [InlineData("", "None")]
    public void Match_OtherHeaders_GrantTokensLevelOrNothing(string header, string expected)
    {
        var level = Matcher.Match(header);

        Assert.Equal(Enum.Parse<AccessLevel>(expected), level);
    }
}
