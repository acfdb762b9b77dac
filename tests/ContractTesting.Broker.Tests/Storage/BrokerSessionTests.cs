using ContractTesting.Broker.Storage;
using ContractTesting.Broker.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ContractTesting.Broker.Tests.Storage;

public sealed class BrokerSessionTests
{
    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task OnCommitted_CommitThenRollback_RunsOnlyAfterTheCommit(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        await using var scope = broker.Services.CreateAsyncScope();
        var session = scope.ServiceProvider.GetRequiredService<BrokerSession>();
        session.Write = true;
        var ct = TestContext.Current.CancellationToken;
        var runs = new List<string>();

        await session.ExecuteAsync("INSERT INTO config (name, value_type, created_at, updated_at) VALUES ('a', 'string', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)", null, ct);
        session.OnCommitted(() => runs.Add($"committed with {runs.Count} before"));
        var beforeCommit = runs.Count;
        await session.CommitAsync(ct);
        await session.ExecuteAsync("INSERT INTO config (name, value_type, created_at, updated_at) VALUES ('b', 'string', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)", null, ct);
        session.OnCommitted(() => runs.Add("rolled back"));
        await session.RollbackAsync();
        await session.CommitAsync(ct);

        Assert.Equal(0, beforeCommit);
        Assert.Equal(["committed with 0 before"], runs);
        Assert.Equal(1, await broker.ScalarAsync("SELECT COUNT(*) FROM config"));
    }
}
