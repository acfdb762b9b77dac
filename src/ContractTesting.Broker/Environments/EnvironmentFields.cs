namespace ContractTesting.Broker.Environments;

/// <summary>What a request sets on an environment (POST creates, PUT replaces).</summary>
/// <param name="Name">The unique name, without spaces (what the CLI's <c>--environment</c> names).</param>
/// <param name="DisplayName">The name people read; generated from <paramref name="Name"/> when none is given.</param>
/// <param name="Production">Whether it is a production environment.</param>
/// <param name="Contacts">The contacts as JSON text (<c>[{"name", "details"?}]</c>), or <see langword="null"/>.</param>
internal sealed record EnvironmentFields(string Name, string DisplayName, bool Production, string? Contacts);
