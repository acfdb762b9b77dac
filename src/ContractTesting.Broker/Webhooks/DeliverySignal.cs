namespace ContractTesting.Broker.Webhooks;

/// <summary>
/// Wakes the background sender when a request that triggered webhooks has committed, so deliveries start at once
/// instead of at the next poll. One per broker.
/// </summary>
internal sealed class DeliverySignal
{
    private TaskCompletionSource _next = NewSource();

    /// <summary>Wakes whoever waits (or the next one to wait, if nobody does now).</summary>
    public void Wake() => Volatile.Read(ref _next).TrySetResult();

    /// <summary>A task that completes at the next <see cref="Wake"/>, or at once when a wake came since the last call.</summary>
    public Task NextAsync()
    {
        var current = Volatile.Read(ref _next);
        if (!current.Task.IsCompleted)
        {
            return current.Task;
        }

        Interlocked.CompareExchange(ref _next, NewSource(), current);
        return current.Task;
    }

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
