namespace ContractTesting.Broker.Events;

/// <summary>
/// Hears the events of a request, inside its transaction (what it stores is committed or rolled back with the
/// request). Webhooks subscribe here. Register any number as scoped services.
/// </summary>
internal interface IBrokerEventListener
{
    /// <summary>Reacts to the events and returns notices for the client (e.g. "webhook X triggered"), possibly none.</summary>
    Task<IReadOnlyList<BrokerNotice>> OnEventsAsync(IReadOnlyList<BrokerEvent> events, CancellationToken cancellationToken);
}
