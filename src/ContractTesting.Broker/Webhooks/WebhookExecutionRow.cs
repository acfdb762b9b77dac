namespace ContractTesting.Broker.Webhooks;

/// <summary>A row of <c>webhook_executions</c>: one attempt of a triggered webhook, with its log.</summary>
internal sealed class WebhookExecutionRow
{
    public long Id { get; init; }

    public long TriggeredWebhookId { get; init; }

    public bool Success { get; init; }

    public string? Logs { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
