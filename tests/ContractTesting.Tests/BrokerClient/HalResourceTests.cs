using ContractTesting.BrokerClient;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Tests.BrokerClient;

public sealed class HalResourceTests
{
    private static readonly Uri Location = new("http://broker.test/pacts/provider/p/for-verification");

    [Fact]
    public void Link_ArrayOfLinks_TakesTheFirst()
    {
        var resource = new HalResource(Location, JObject.Parse("""
            {"_links": {"curies": [{"name": "pb", "href": "http://broker.test/doc/{rel}", "templated": true}, {"name": "beta", "href": "http://broker.test/beta"}]}}
            """));

        var link = resource.Link("curies");

        Assert.Equal(new HalLink("http://broker.test/doc/{rel}", Templated: true, Name: "pb"), link);
    }

    [Fact]
    public void Link_EntryWithoutHref_IsLeftOut()
    {
        var resource = new HalResource(Location, JObject.Parse("""{"_links": {"broken": {"title": "no href"}, "self": {"href": "http://broker.test/x"}}}"""));

        var relations = resource.Relations;

        Assert.Equal(["self"], relations);
    }

    [Fact]
    public void RequireLink_Missing_ThrowsListingTheLinksThereAre()
    {
        var resource = new HalResource(Location, JObject.Parse("""{"_links": {"self": {"href": "http://broker.test/x"}, "pb:provider": {"href": "http://broker.test/p"}}}"""));

        var error = Assert.Throws<PactBrokerException>(() => resource.RequireLink("pb:publish-verification-results"));

        Assert.Equal(
            "The broker's resource at http://broker.test/pacts/provider/p/for-verification has no 'pb:publish-verification-results' link (it has: self, pb:provider).",
            error.Message);
    }

    [Fact]
    public void Embedded_Entries_AreLocatedAtTheirSelfLinks()
    {
        var resource = new HalResource(Location, JObject.Parse("""
            {"_embedded": {"pacts": [{"_links": {"self": {"href": "http://broker.test/pacts/1"}}}, {"shortDescription": "no links"}]}}
            """));

        var embedded = resource.Embedded("pacts");

        Assert.Equal([new Uri("http://broker.test/pacts/1"), Location], embedded.Select(e => e.Location));
    }

    [Fact]
    public void Self_NoSelfLink_IsNull()
    {
        var resource = new HalResource(Location, []);

        var self = resource.Self;

        Assert.Null(self);
    }
}
