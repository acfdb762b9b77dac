using System.Globalization;

namespace ContractTesting.Broker.Webhooks.Delivery;

/// <summary>What follows an attempt: done, another attempt after the scheduled wait, or given up.</summary>
/// <param name="Status">The delivery's new status.</param>
/// <param name="NextAttemptAt">When to try again, if at all.</param>
/// <param name="Message">The last line of the attempt's log, in the Pact Broker's words.</param>
internal sealed record RetryPlan(string Status, DateTimeOffset? NextAttemptAt, string Message)
{
    /// <param name="success">Whether the attempt succeeded.</param>
    /// <param name="attemptsMade">Attempts before this one.</param>
    /// <param name="attemptsPlanned">Attempts allowed in all (fixed when the delivery was triggered).</param>
    /// <param name="schedule">The waits before each retry; a later retry than it lists waits as long as the last.</param>
    /// <param name="now">The time now.</param>
    public static RetryPlan After(bool success, int attemptsMade, int attemptsPlanned, IReadOnlyList<TimeSpan> schedule, DateTimeOffset now)
    {
        if (success)
        {
            return new RetryPlan(TriggeredWebhookRow.Success, null, "Successfully executed webhook");
        }

        if (attemptsMade + 1 < attemptsPlanned)
        {
            var wait = schedule.Count == 0 ? TimeSpan.Zero : schedule[Math.Min(attemptsMade, schedule.Count - 1)];
            return new RetryPlan(TriggeredWebhookRow.Retrying, now + wait,
                $"Retrying webhook in {wait.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} seconds");
        }

        return new RetryPlan(TriggeredWebhookRow.Failure, null, $"Webhook execution failed after {attemptsPlanned} attempts");
    }
}
