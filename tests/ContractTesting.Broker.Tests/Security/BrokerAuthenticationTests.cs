using System.Net;
using System.Net.Http.Headers;
using System.Text;
using ContractTesting.Broker.Tests.Support;

namespace ContractTesting.Broker.Tests.Security;

public sealed class BrokerAuthenticationTests
{
    private static readonly BrokerAuthOptions Credentials = new()
    {
        Username = "admin",
        Password = "admin-pw",
        ReadOnlyUsername = "reader",
        ReadOnlyPassword = "reader-pw",
        Token = "write-token",
        ReadOnlyToken = "read-token",
    };

    public static TheoryData<BrokerDatabaseProvider, string> StoresAndCallers()
    {
        var data = new TheoryData<BrokerDatabaseProvider, string>();
        foreach (var store in new[] { BrokerDatabaseProvider.Sqlite, BrokerDatabaseProvider.PostgreSql })
        {
            foreach (var caller in new[] { "anonymous", "wrong-password", "wrong-token", "unknown-scheme", "read-basic", "read-token", "write-basic", "write-token" })
            {
                data.Add(store, caller);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(StoresAndCallers))]
    public async Task Request_EachCaller_GetsTheAccessItsCredentialsGrant(BrokerDatabaseProvider store, string caller)
    {
        await using var broker = await TestBroker.StartAsync(store, o => o with { Auth = Credentials });
        broker.Client.DefaultRequestHeaders.Authorization = Header(caller);
        var (access, anonymous) = caller switch
        {
            "read-basic" or "read-token" => ("read", false),
            "write-basic" or "write-token" => ("write", false),
            _ => ("none", caller == "anonymous"),
        };

        var (index, indexBody) = await broker.GetAsync("/");
        var (list, _) = await broker.GetAsync("/pacticipants");
        var (unknown, _) = await broker.GetAsync("/no/such/resource");
        var (forVerification, _) = await broker.SendAsync(HttpMethod.Post, "/pacts/provider/Users/for-verification", "{}");
        var (create, createBody) = await broker.SendAsync(HttpMethod.Post, "/pacticipants", """{"name":"Orders"}""");
        var (delete, _) = await broker.SendAsync(HttpMethod.Delete, "/pacticipants/Orders");

        if (access == "none")
        {
            foreach (var response in new[] { index, list, unknown, forVerification, create, delete })
            {
                Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
                Assert.Equal(["Basic realm=\"Restricted area\"", "Bearer realm=\"Restricted area\""], response.Headers.WwwAuthenticate.Select(h => h.ToString()));
                Assert.StartsWith("application/json", response.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
            }

            var error = indexBody!["errors"]![0]!.GetValue<string>();
            Assert.Contains(anonymous ? "Authentication required" : "not valid for this broker", error, StringComparison.Ordinal);
            Assert.Equal(0, await broker.ScalarAsync("SELECT COUNT(*) FROM pacticipants"));
            return;
        }

        Assert.Equal(HttpStatusCode.OK, index.StatusCode);
        Assert.NotNull(indexBody!["_links"]!["pb:pacticipants"]);
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.NotEqual(HttpStatusCode.Unauthorized, forVerification.StatusCode);
        Assert.NotEqual(HttpStatusCode.Forbidden, forVerification.StatusCode);
        if (access == "read")
        {
            Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, delete.StatusCode);
            Assert.Equal("The credentials given are read-only: POST /pacticipants changes the broker and needs read-write credentials.",
                createBody!["errors"]![0]!.GetValue<string>());
            Assert.Equal(0, await broker.ScalarAsync("SELECT COUNT(*) FROM pacticipants"));
        }
        else
        {
            Assert.Equal(HttpStatusCode.Created, create.StatusCode);
            Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        }
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Request_PublicRead_LetsAnyoneReadButNotWrite(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store, o => o with { Auth = Credentials with { AllowPublicRead = true } });

        var (read, _) = await broker.GetAsync("/pacticipants");
        var (write, _) = await broker.SendAsync(HttpMethod.Post, "/pacticipants", """{"name":"Orders"}""");
        broker.Client.DefaultRequestHeaders.Authorization = Header("read-basic");
        var (readOnlyWrite, _) = await broker.SendAsync(HttpMethod.Post, "/pacticipants", """{"name":"Orders"}""");

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, write.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, readOnlyWrite.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Request_NoCredentialsConfigured_IsOpenToAnyone(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        broker.Client.DefaultRequestHeaders.Authorization = Header("wrong-password");

        var (created, _) = await broker.SendAsync(HttpMethod.Post, "/pacticipants", """{"name":"Orders"}""");
        var (read, body) = await broker.GetAsync("/pacticipants/Orders");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal("Orders", body!["name"]!.GetValue<string>());
    }

    private static AuthenticationHeaderValue? Header(string caller) => caller switch
    {
        "anonymous" => null,
        "wrong-password" => Basic("admin", "nope"),
        "wrong-token" => new AuthenticationHeaderValue("Bearer", "nope"),
        "unknown-scheme" => new AuthenticationHeaderValue("Digest", "admin-pw"),
        "read-basic" => Basic("reader", "reader-pw"),
        "read-token" => new AuthenticationHeaderValue("Bearer", "read-token"),
        "write-basic" => Basic("admin", "admin-pw"),
        "write-token" => new AuthenticationHeaderValue("Bearer", "write-token"),
        _ => throw new ArgumentOutOfRangeException(nameof(caller), caller, null),
    };

    private static AuthenticationHeaderValue Basic(string user, string password) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
}
