namespace ContractTesting.Broker.Webhooks.Delivery;

/// <summary>The outcome of sending a webhook's request once.</summary>
/// <param name="Success">Whether it was answered with a 2xx status.</param>
/// <param name="Log">The log so far (the caller adds what happens next).</param>
/// <param name="Request">What was sent (credentials masked), or <see langword="null"/> when nothing could be sent.</param>
/// <param name="Response">The answer, or <see langword="null"/> when there was none.</param>
/// <param name="Error">Why there was no answer (a connection error, a timeout, a refused URL), if so.</param>
internal sealed record WebhookAttempt(bool Success, ExecutionLog Log, SentRequest? Request, ReceivedResponse? Response, string? Error);
