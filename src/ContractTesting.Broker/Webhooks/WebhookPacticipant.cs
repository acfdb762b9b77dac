namespace ContractTesting.Broker.Webhooks;

/// <summary>The consumer or provider a webhook is limited to: one pacticipant by name, or every pacticipant with a label.</summary>
/// <param name="Id">The pacticipant's id, when it is named.</param>
/// <param name="Name">The pacticipant's name, or <see langword="null"/> for a label.</param>
/// <param name="Label">The label, or <see langword="null"/> for a named pacticipant.</param>
internal sealed record WebhookPacticipant(long? Id, string? Name, string? Label);
