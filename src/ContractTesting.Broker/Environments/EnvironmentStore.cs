using ContractTesting.Broker.Storage;

namespace ContractTesting.Broker.Environments;

/// <summary>Reads <c>environments</c>.</summary>
internal sealed class EnvironmentStore(BrokerSession session)
{
    private const string Select = "SELECT id, uuid, name, display_name, production, contacts, created_at, updated_at FROM environments";

    public Task<IReadOnlyList<EnvironmentRow>> ListAsync(CancellationToken cancellationToken) =>
        session.QueryAsync<EnvironmentRow>($"{Select} ORDER BY LOWER(name)", null, cancellationToken);
}
