using ContractTesting.Broker.Http;

namespace ContractTesting.Broker.Tests.Http;

public sealed class RackQueryTests
{
    [Fact]
    public void Parse_RepeatedKeyInAListOfObjects_StartsTheNextObject()
    {
        const string Query = "?q[][pacticipant]=Foo%20Web&q[][version]=1.0.0&q[][pacticipant]=Bar&q[][latest]=true&latestby=cvpv";

        var parsed = RackQuery.Parse(Query);

        Assert.Equal(
            """{"q":[{"pacticipant":"Foo Web","version":"1.0.0"},{"pacticipant":"Bar","latest":"true"}],"latestby":"cvpv"}""",
            parsed.ToJsonString());
    }

    [Fact]
    public void Parse_ListsObjectsAndPlusSigns_ReadAsRackReadsThem()
    {
        const string Query = "a[]=1&a[]=2&b[c]=x&b[d][e]=y&f=two+words&g&consumer_version_selectors[][tag]=main&consumer_version_selectors[][latest]=true";

        var parsed = RackQuery.Parse(Query);

        Assert.Equal(
            """{"a":["1","2"],"b":{"c":"x","d":{"e":"y"}},"f":"two words","g":"","consumer_version_selectors":[{"tag":"main","latest":"true"}]}""",
            parsed.ToJsonString());
    }

    [Fact]
    public void Build_ThenParse_GivesTheValuesBack()
    {
        var query = RackQuery.Build([new("s[][b]", "feat/x y"), new("s[][l]", "true"), new("s[][b]", "main"), new("p", "false")]);

        var parsed = RackQuery.Parse(query);

        Assert.Equal("""{"s":[{"b":"feat/x y","l":"true"},{"b":"main"}],"p":"false"}""", parsed.ToJsonString());
    }
}
