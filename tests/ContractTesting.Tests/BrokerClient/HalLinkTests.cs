using ContractTesting.BrokerClient;

namespace ContractTesting.Tests.BrokerClient;

public sealed class HalLinkTests
{
    private static readonly Uri Broker = new("http://broker.test/");

    [Fact]
    public void Expand_ValuesWithSlashAndSpace_PercentEncodesThem()
    {
        var link = new HalLink("http://broker.test/pacticipants/{pacticipant}/branches/{branch}/versions/{version}", Templated: true);

        var url = link.Expand(new Dictionary<string, string> { ["pacticipant"] = "User Service", ["branch"] = "feat/y", ["version"] = "2.0.0" }, Broker);

        Assert.Equal("/pacticipants/User%20Service/branches/feat%2Fy/versions/2.0.0", url.AbsolutePath);
        Assert.Equal("http://broker.test/pacticipants/User%20Service/branches/feat%2Fy/versions/2.0.0", url.AbsoluteUri);
    }

    [Fact]
    public void Expand_ValueForQueryPlaceholder_EncodesReservedCharacters()
    {
        var link = new HalLink("http://broker.test/can-i-deploy?pacticipant={pacticipant}&version={version}", Templated: true);

        var url = link.Expand(new Dictionary<string, string> { ["pacticipant"] = "a&b", ["version"] = "1+2" }, Broker);

        Assert.Equal("?pacticipant=a%26b&version=1%2B2", url.Query);
    }

    [Fact]
    public void Expand_PlaceholderWithoutValue_StaysLiteral()
    {
        var link = new HalLink("http://broker.test/pacts/provider/{provider}/consumer/{consumer}", Templated: true);

        var url = link.Expand(new Dictionary<string, string> { ["provider"] = "p" }, Broker);

        Assert.Equal("http://broker.test/pacts/provider/p/consumer/{consumer}", url.OriginalString);
    }

    [Fact]
    public void Expand_RelativeHref_ResolvesAgainstTheResource()
    {
        var link = new HalLink("/pacts/provider/p");

        var url = link.Expand(null, new Uri("http://broker.test/broker/index"));

        Assert.Equal("http://broker.test/pacts/provider/p", url.AbsoluteUri);
    }

    [Fact]
    public void Expand_NotAnHttpUrl_ThrowsNamingTheLink()
    {
        var link = new HalLink("mailto:someone@example.com");

        var error = Assert.Throws<PactBrokerException>(() => link.Expand(null, Broker));

        Assert.Contains("mailto:someone@example.com", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Placeholders_Template_ListsNamesInOrder()
    {
        var link = new HalLink("/pacticipants/{pacticipant}/versions/{version}/tags/{tag}", Templated: true);

        var names = link.Placeholders;

        Assert.Equal(["pacticipant", "version", "tag"], names);
    }
}
