using ContractTesting.Broker.Storage;

namespace ContractTesting.Broker.Integrations;

/// <summary>Reads <c>integrations</c> for the list of consumer and provider pairs.</summary>
internal sealed class IntegrationListStore(BrokerSession session)
{
    /// <summary>Every integration, by consumer name and then provider name.</summary>
    public Task<IReadOnlyList<IntegrationRow>> AllAsync(CancellationToken cancellationToken) =>
        session.QueryAsync<IntegrationRow>(
            """
            SELECT c.name AS consumer_name, p.name AS provider_name, i.created_at
            FROM integrations i
            JOIN pacticipants c ON c.id = i.consumer_id
            JOIN pacticipants p ON p.id = i.provider_id
            ORDER BY LOWER(c.name), LOWER(p.name)
            """,
            null, cancellationToken);
}
