using System.Data.Common;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;

namespace ContractTesting.Broker.Tests.Support;

/// <summary>A broker on 127.0.0.1 with a fresh database of the given kind, and a client for it.</summary>
public sealed class TestBroker : IAsyncDisposable
{
    private readonly TestDatabase _database;
    private readonly RunningBroker _broker;

    private TestBroker(TestDatabase database, RunningBroker broker)
    {
        _database = database;
        _broker = broker;
        Client = new HttpClient { BaseAddress = broker.BaseAddress };
    }

    public HttpClient Client { get; }

    public Uri BaseAddress => _broker.BaseAddress;

    /// <summary>The broker's services (to raise events the way another feature's endpoint would).</summary>
    public IServiceProvider Services => _broker.Services;

    /// <summary>The base URL as the broker's links write it (no trailing slash).</summary>
    public string Base => BaseAddress.AbsoluteUri.TrimEnd('/');

    public TestDatabase Database => _database;

    public static async Task<TestBroker> StartAsync(
        BrokerDatabaseProvider provider, Func<BrokerOptions, BrokerOptions>? configure = null, Action<IServiceCollection>? services = null)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var database = await TestDatabase.CreateAsync(provider, cancellationToken);
        try
        {
            var options = configure?.Invoke(database.Options) ?? database.Options;
            return new TestBroker(database, await BrokerApp.StartWithServicesAsync(options, "http://127.0.0.1:0", services, cancellationToken));
        }
        catch
        {
            await database.DisposeAsync();
            throw;
        }
    }

    public async Task<(HttpResponseMessage Response, JsonNode? Body)> SendAsync(HttpMethod method, string path, string? json = null, string contentType = "application/json")
    {
        using var request = new HttpRequestMessage(method, path);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        var response = await Client.SendAsync(request, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return (response, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    public Task<(HttpResponseMessage Response, JsonNode? Body)> GetAsync(string path) => SendAsync(HttpMethod.Get, path);

    public Task<(HttpResponseMessage Response, JsonNode? Body)> PublishAsync(JsonObject body) =>
        SendAsync(HttpMethod.Post, "/contracts/publish", body.ToJsonString());

    /// <summary>Runs SQL against the broker's database directly (to count rows, or to plant a fault).</summary>
    public Task<long> ScalarAsync(string sql) => _database.ScalarAsync(sql);

    public async Task ExecuteAsync(string sql)
    {
        await using var connection = OpenConnection();
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _broker.DisposeAsync();
        await _database.DisposeAsync();
    }

    private DbConnection OpenConnection() => _database.CreateConnection();
}
