using ContractTesting.Broker.Security;
using Microsoft.AspNetCore.Http;

namespace ContractTesting.Broker.Tests.Security;

public sealed class RequiredAccessTests
{
    [Theory]
    [InlineData("GET", "/pacticipants", "Read")]
    [InlineData("HEAD", "/", "Read")]
    [InlineData("OPTIONS", "/webhooks", "Read")]
    [InlineData("POST", "/pacts/provider/Users/for-verification", "Read")]
    [InlineData("POST", "/pacts/provider/User%20Service/for-verification", "Read")]
    [InlineData("POST", "/pacts/provider/Users/extra/for-verification", "Write")]
    [InlineData("PUT", "/pacts/provider/Users/for-verification", "Write")]
    [InlineData("POST", "/contracts/publish", "Write")]
    [InlineData("PATCH", "/pacticipants/Orders", "Write")]
    [InlineData("DELETE", "/webhooks/abc", "Write")]
    public void For_MethodAndPath_IsReadOnlyForQueries(string method, string path, string expected)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = method;
        context.Request.Path = new PathString(Uri.UnescapeDataString(path));

        var required = RequiredAccess.For(context.Request);

        Assert.Equal(Enum.Parse<AccessLevel>(expected), required);
    }
}
