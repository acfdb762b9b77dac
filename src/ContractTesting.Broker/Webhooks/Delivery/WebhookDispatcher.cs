using ContractTesting.Broker.Storage;

namespace ContractTesting.Broker.Webhooks.Delivery;

/// <summary>
/// The background sender. It takes deliveries that are due from the database (claiming each, so that brokers sharing
/// a database never send one twice at once), sends up to <see cref="MaxConcurrentDeliveries"/> at a time outside any
/// transaction, and records each attempt with its log and what follows (<see cref="RetryPlan"/>). It is woken by
/// <see cref="DeliverySignal"/> when a request commits deliveries, and otherwise looks every
/// <see cref="BrokerWebhookOptions.PollInterval"/>. Because the queue is the database, deliveries pending when the
/// broker stops are sent after it starts again: an attempt cut short by stopping is given back at once, and one cut
/// short by a crash becomes due again when its claim expires (so a delivery is sent at least once, rarely twice).
/// </summary>
internal sealed partial class WebhookDispatcher(
    IServiceScopeFactory scopes,
    DeliverySignal signal,
    WebhookSender sender,
    BrokerOptions options,
    TimeProvider time,
    ILogger<WebhookDispatcher> logger) : BackgroundService
{
    /// <summary>How many deliveries are sent at once.</summary>
    public const int MaxConcurrentDeliveries = 4;

    // A claim outlives the longest attempt, so only a sender that died lets it expire.
    private TimeSpan Lease => options.Webhooks.Timeout + TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var running = new List<Task>();
        while (!stoppingToken.IsCancellationRequested)
        {
            running.RemoveAll(task => task.IsCompleted);
            var free = MaxConcurrentDeliveries - running.Count;
            if (free == 0)
            {
                await Task.WhenAny(running).ConfigureAwait(false);
                continue;
            }

            var claimed = await ClaimAsync(free, stoppingToken).ConfigureAwait(false);
            running.AddRange(claimed.Select(delivery => DeliverAsync(delivery, stoppingToken)));
            if (claimed.Count == free)
            {
                continue;
            }

            var wake = signal.NextAsync();
            var wait = await WaitAsync(stoppingToken).ConfigureAwait(false);
            try
            {
                await Task.WhenAny([wake, Task.Delay(wait, time, stoppingToken), .. running]).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        await Task.WhenAll(running).ConfigureAwait(false);
    }

    private async Task<IReadOnlyList<(TriggeredWebhookRow Row, Webhook? Webhook)>> ClaimAsync(int limit, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var session = scope.ServiceProvider.GetRequiredService<BrokerSession>();
            session.Write = true;
            var now = time.GetUtcNow();
            var rows = await scope.ServiceProvider.GetRequiredService<TriggeredWebhookStore>().ClaimDueAsync(now, now + Lease, limit, cancellationToken).ConfigureAwait(false);
            var webhooks = scope.ServiceProvider.GetRequiredService<WebhookStore>();
            var claimed = new List<(TriggeredWebhookRow, Webhook?)>();
            foreach (var row in rows)
            {
                claimed.Add((row, row.WebhookId is { } id ? await webhooks.FindByIdAsync(id, cancellationToken).ConfigureAwait(false) : null));
            }

            await session.CommitAsync(cancellationToken).ConfigureAwait(false);
            return claimed;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogStoreFailure(logger, e);
            return [];
        }
        catch (OperationCanceledException)
        {
            return [];
        }
    }

    private async Task DeliverAsync((TriggeredWebhookRow Row, Webhook? Webhook) delivery, CancellationToken stoppingToken)
    {
        var (row, webhook) = delivery;
        WebhookAttempt attempt;
        try
        {
            attempt = webhook is null
                ? Deleted(row)
                : await sender.SendAsync(webhook.Uuid, webhook.Definition.Request, TriggerContext.Parse(row.EventContext), stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            await StoreAsync(store => store.ReleaseAsync(row.Id, time.GetUtcNow(), CancellationToken.None)).ConfigureAwait(false);
            return;
        }
        catch (Exception e)
        {
            LogSendFailure(logger, row.WebhookUuid, e);
            attempt = new WebhookAttempt(false, new ExecutionLog(time), null, null, e.Message);
            attempt.Log.Error($"Error executing webhook {row.WebhookUuid}: {e.GetType().Name}");
        }

        var now = time.GetUtcNow();
        var plan = webhook is null
            ? new RetryPlan(TriggeredWebhookRow.Failure, null, "The webhook was deleted, so it is not retried.")
            : RetryPlan.After(attempt.Success, row.AttemptsMade, row.AttemptsPlanned, options.Webhooks.RetrySchedule, now);
        attempt.Log.Info(plan.Message);
        await StoreAsync(store => store.RecordAttemptAsync(row.Id, attempt.Success, attempt.Log.ToString(), plan.Status, plan.NextAttemptAt, now, CancellationToken.None))
            .ConfigureAwait(false);
        if (plan.NextAttemptAt is not null)
        {
            signal.Wake();
        }
    }

    private WebhookAttempt Deleted(TriggeredWebhookRow row)
    {
        var log = new ExecutionLog(time);
        log.Error($"Webhook {row.WebhookUuid} was deleted after it was triggered; nothing was sent.");
        return new WebhookAttempt(false, log, null, null, "The webhook was deleted.");
    }

    private async Task<TimeSpan> WaitAsync(CancellationToken cancellationToken)
    {
        var poll = options.Webhooks.PollInterval;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var next = await scope.ServiceProvider.GetRequiredService<TriggeredWebhookStore>().NextDueAsync(cancellationToken).ConfigureAwait(false);
            var untilNext = next is { } due ? due - time.GetUtcNow() : poll;
            return untilNext < TimeSpan.Zero ? TimeSpan.Zero : untilNext < poll ? untilNext : poll;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogStoreFailure(logger, e);
            return poll;
        }
        catch (OperationCanceledException)
        {
            return poll;
        }
    }

    private async Task StoreAsync(Func<TriggeredWebhookStore, Task> write)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var session = scope.ServiceProvider.GetRequiredService<BrokerSession>();
            session.Write = true;
            await write(scope.ServiceProvider.GetRequiredService<TriggeredWebhookStore>()).ConfigureAwait(false);
            await session.CommitAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            // The claim expires and the delivery is attempted again.
            LogStoreFailure(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook deliveries could not be read or recorded; they are tried again later")]
    private static partial void LogStoreFailure(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook {Uuid} failed unexpectedly while being sent")]
    private static partial void LogSendFailure(ILogger logger, string uuid, Exception exception);
}
