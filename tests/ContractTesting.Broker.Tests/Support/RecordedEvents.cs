using System.Collections.Concurrent;
using ContractTesting.Broker.Events;
using Microsoft.Extensions.DependencyInjection;

namespace ContractTesting.Broker.Tests.Support;

/// <summary>Keeps every event the broker raises (register it with <see cref="Register"/>).</summary>
internal sealed class RecordedEvents : IBrokerEventListener
{
    private readonly ConcurrentQueue<BrokerEvent> _events = new();

    public IReadOnlyList<BrokerEvent> All => [.. _events];

    public void Register(IServiceCollection services) => services.AddScoped<IBrokerEventListener>(_ => this);

    public Task<IReadOnlyList<BrokerNotice>> OnEventsAsync(IReadOnlyList<BrokerEvent> events, CancellationToken cancellationToken)
    {
        foreach (var e in events)
        {
            _events.Enqueue(e);
        }

        return Task.FromResult<IReadOnlyList<BrokerNotice>>([]);
    }
}
