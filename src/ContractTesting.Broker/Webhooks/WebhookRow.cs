namespace ContractTesting.Broker.Webhooks;

/// <summary>A row of <c>webhooks</c> joined with one of its <c>webhook_events</c> and the names of its pacticipants.</summary>
internal sealed class WebhookRow
{
    public long Id { get; init; }

    public string Uuid { get; init; } = "";

    public string? Description { get; init; }

    public string Method { get; init; } = "";

    public string Url { get; init; } = "";

    /// <summary>The headers as a JSON object, or <see langword="null"/>.</summary>
    public string? Headers { get; init; }

    public string? Body { get; init; }

    public bool IsJsonRequestBody { get; init; }

    public string? Username { get; init; }

    public string? Password { get; init; }

    public long? ConsumerId { get; init; }

    public string? ConsumerName { get; init; }

    public string? ConsumerLabel { get; init; }

    public long? ProviderId { get; init; }

    public string? ProviderName { get; init; }

    public string? ProviderLabel { get; init; }

    public bool Enabled { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>One event it subscribes to (a webhook with several has several rows).</summary>
    public string? EventName { get; init; }
}
