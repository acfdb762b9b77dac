namespace ContractTesting.Models;

/// <summary>A participant in a pact: the consumer or the provider.</summary>
/// <param name="Name">The participant's name, as used in pact file names and by the broker.</param>
public sealed record Pacticipant(string Name);
