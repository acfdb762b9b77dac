using ContractTesting.Broker.Webhooks;

namespace ContractTesting.Broker.Tests.Webhooks;

public sealed class WebhookUrlRulesTests
{
    [Theory]
    [InlineData("ci.example.com", "ci.example.com", true)]
    [InlineData("CI.Example.com", "ci.example.com", true)]
    [InlineData("a.b.example.com", "*.example.com", true)]
    [InlineData("example.com", "*.example.com", false)]
    [InlineData("evil-example.com", "*.example.com", false)]
    [InlineData("10.1.2.3", "10.0.0.0/8", true)]
    [InlineData("11.1.2.3", "10.0.0.0/8", false)]
    [InlineData("127.0.0.1", "127.0.0.1", true)]
    [InlineData("[::1]", "::1", true)]
    [InlineData("127.0.0.1", "localhost", false)]
    public void HostMatches_Entry_MatchesNamesWildcardsAndRanges(string host, string allowed, bool expected)
    {
        var matches = WebhookUrlRules.HostMatches(host, allowed);

        Assert.Equal(expected, matches);
    }

    [Theory]
    [InlineData("https://ci.example/${pactbroker.consumerName}?v=${pactbroker.consumerVersionNumber}", null)]
    [InlineData("https://${pactbroker.providerName}.example/", "cannot have a template parameter in the host")]
    [InlineData("ci.example/build", "is not a valid URL eg. http://example.org")]
    [InlineData("file:///etc/hosts", "is not a valid URL eg. http://example.org")]
    [InlineData("http://ci.example/build", "scheme must be https. See /doc/webhooks#whitelist for more information.")]
    public void Check_UrlTemplate_ReportsWhatIsWrong(string url, string? expected)
    {
        var problem = WebhookUrlRules.Check(url, new BrokerWebhookOptions());

        Assert.Equal(expected, problem);
    }
}
