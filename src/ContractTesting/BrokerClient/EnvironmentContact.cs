namespace ContractTesting.BrokerClient;

/// <summary>Someone to contact about an environment.</summary>
/// <param name="Name">Their name (or a team's).</param>
/// <param name="EmailAddress">Their e-mail address, or null.</param>
public sealed record EnvironmentContact(string Name, string? EmailAddress = null);
