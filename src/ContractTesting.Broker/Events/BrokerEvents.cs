namespace ContractTesting.Broker.Events;

/// <summary>Hands a request's events to every registered <see cref="IBrokerEventListener"/>.</summary>
internal sealed class BrokerEvents(IEnumerable<IBrokerEventListener> listeners)
{
    public async Task<IReadOnlyList<BrokerNotice>> RaiseAsync(IReadOnlyList<BrokerEvent> events, CancellationToken cancellationToken)
    {
        var notices = new List<BrokerNotice>();
        if (events.Count == 0)
        {
            return notices;
        }

        foreach (var listener in listeners)
        {
            notices.AddRange(await listener.OnEventsAsync(events, cancellationToken).ConfigureAwait(false));
        }

        return notices;
    }
}
