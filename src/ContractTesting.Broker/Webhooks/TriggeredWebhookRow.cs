namespace ContractTesting.Broker.Webhooks;

/// <summary>A row of <c>triggered_webhooks</c>: one delivery of a webhook for one event, with its progress.</summary>
internal sealed class TriggeredWebhookRow
{
    public const string NotRun = "not_run";
    public const string Retrying = "retrying";
    public const string Success = "success";
    public const string Failure = "failure";

    /// <summary>The trigger type of deliveries caused by a change to a resource (publication, verification).</summary>
    public const string ResourceCreation = "resource_creation";

    public long Id { get; init; }

    public string Uuid { get; init; } = "";

    public string TriggerType { get; init; } = "";

    /// <summary>The webhook, or <see langword="null"/> once it has been deleted.</summary>
    public long? WebhookId { get; init; }

    public string WebhookUuid { get; init; } = "";

    public long? ConsumerId { get; init; }

    public string? ConsumerName { get; init; }

    public long? ProviderId { get; init; }

    public string? ProviderName { get; init; }

    public long? PactPublicationId { get; init; }

    public long? VerificationId { get; init; }

    public string EventName { get; init; } = "";

    /// <summary>The <see cref="TriggerContext"/> as JSON.</summary>
    public string? EventContext { get; init; }

    /// <summary><see cref="NotRun"/>, <see cref="Retrying"/>, <see cref="Success"/> or <see cref="Failure"/>.</summary>
    public string Status { get; init; } = "";

    public int AttemptsMade { get; init; }

    public int AttemptsPlanned { get; init; }

    /// <summary>When the next attempt is due (or, while one runs, when its claim expires); null once finished.</summary>
    public DateTimeOffset? NextAttemptAt { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The webhook's method and URL, for its name (<c>POST ci.example.com</c>); null once it has been deleted.</summary>
    public string? WebhookMethod { get; init; }

    public string? WebhookUrl { get; init; }

    public bool Finished => Status is Success or Failure;

    public int AttemptsRemaining => Finished ? 0 : Math.Max(0, AttemptsPlanned - AttemptsMade);

    /// <summary>The request's description, as the Pact Broker names a triggered webhook; null once the webhook is gone.</summary>
    public string? RequestDescription => WebhookMethod is null || WebhookUrl is null
        ? null
        : new WebhookRequestTemplate(WebhookMethod, WebhookUrl, [], null, false, null, null).Description;
}
