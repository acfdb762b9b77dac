using ContractTesting.Broker.Http;
using Microsoft.AspNetCore.Http;

namespace ContractTesting.Broker.Tests.Http;

public sealed class BaseUrlResolverTests
{
    [Theory]
    [InlineData(null, null, null, null, "http://127.0.0.1:5000")]
    [InlineData("example.com", "https", null, null, "https://example.com")]
    [InlineData("example.com:8080", "http", "9000", null, "http://example.com:9000")]
    [InlineData("example.com", "https", "443", "/broker/", "https://example.com/broker")]
    [InlineData("a.example.com, b.example.com", "https, http", null, null, "https://a.example.com")]
    public void Resolve_ForwardedHeaders_BuildTheBase(string? host, string? proto, string? port, string? prefix, string expected)
    {
        var request = new DefaultHttpContext().Request;
        request.Scheme = "http";
        request.Host = new HostString("127.0.0.1:5000");
        Set(request, "X-Forwarded-Host", host);
        Set(request, "X-Forwarded-Proto", proto);
        Set(request, "X-Forwarded-Port", port);
        Set(request, "X-Forwarded-Prefix", prefix);

        var resolved = BaseUrlResolver.Resolve(request, null);

        Assert.Equal(expected, resolved);
    }

    [Fact]
    public void Resolve_PathBase_IsKept()
    {
        var request = new DefaultHttpContext().Request;
        request.Scheme = "http";
        request.Host = new HostString("h");
        request.PathBase = "/inner";

        var resolved = BaseUrlResolver.Resolve(request, null);

        Assert.Equal("http://h/inner", resolved);
    }

    private static void Set(HttpRequest request, string name, string? value)
    {
        if (value is not null)
        {
            request.Headers[name] = value;
        }
    }
}
