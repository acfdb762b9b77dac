using System.Text.Json.Nodes;
using ContractTesting.Broker.Webhooks;
using ContractTesting.Broker.Webhooks.Delivery;

namespace ContractTesting.Broker.Tests.Webhooks.Delivery;

public sealed class RenderedRequestTests
{
    private static readonly Dictionary<string, string> Values = new()
    {
        ["pactbroker.consumerName"] = "Web \"UI\" & co",
        ["pactbroker.consumerVersionBranch"] = "feat/x y",
    };

    [Fact]
    public void From_Template_EscapesValuesForWhereTheyGo()
    {
        var template = new WebhookRequestTemplate(
            "POST", "https://ci.example/job?branch=${pactbroker.consumerVersionBranch}",
            [KeyValuePair.Create("X-Consumer", "${pactbroker.consumerName}")],
            """{"consumer":"${pactbroker.consumerName}","other":"${pactbroker.unknown}"}""", true, "${pactbroker.consumerName}", null);

        var request = RenderedRequest.From(template, Values);

        Assert.Equal("https://ci.example/job?branch=feat%2Fx%20y", request.Url.AbsoluteUri);
        Assert.Equal("Web \"UI\" & co", request.Headers[0].Value);
        Assert.Equal("Web \"UI\" & co", JsonNode.Parse(request.Body!)!["consumer"]!.GetValue<string>());
        Assert.Equal("${pactbroker.unknown}", JsonNode.Parse(request.Body!)!["other"]!.GetValue<string>());
        Assert.Equal("Web \"UI\" & co", request.Username);
    }

    [Fact]
    public void From_TextBody_KeepsValuesAsTheyAre()
    {
        var template = new WebhookRequestTemplate("POST", "https://ci.example/", [], "consumer=${pactbroker.consumerName}", false, null, null);

        var request = RenderedRequest.From(template, Values);

        Assert.Equal("consumer=Web \"UI\" & co", request.Body);
    }
}
