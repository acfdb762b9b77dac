namespace ContractTesting.Broker.Webhooks;

/// <summary>A stored webhook.</summary>
/// <param name="Id">Its row id.</param>
/// <param name="Uuid">The identifier in its URL.</param>
/// <param name="Definition">What it is.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="UpdatedAt">When it was last changed.</param>
internal sealed record Webhook(long Id, string Uuid, WebhookDefinition Definition, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);
