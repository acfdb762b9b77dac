namespace ContractTesting.VerifierBench;

/// <summary>The parameters of the provider state "a user exists", and the user it creates.</summary>
internal sealed record UserState(int Id, string Name);
