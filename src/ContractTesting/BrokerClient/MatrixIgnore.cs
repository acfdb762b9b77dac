namespace ContractTesting.BrokerClient;

/// <summary>
/// A pacticipant (or one of its versions) whose rows a can-i-deploy answer leaves out (<c>--ignore X [--version V]</c>),
/// for example a provider that is not yet verified and known to be safe.
/// </summary>
/// <param name="Pacticipant">The pacticipant's name.</param>
/// <param name="Version">Only this version of it, or null for every version.</param>
public sealed record MatrixIgnore(string Pacticipant, string? Version = null);
