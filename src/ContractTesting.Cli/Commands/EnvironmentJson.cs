using ContractTesting.BrokerClient;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Cli.Commands;

/// <summary>An environment as the CLI prints it with <c>-o json</c>.</summary>
internal static class EnvironmentJson
{
    public static JObject Of(BrokerEnvironment environment) => new()
    {
        ["uuid"] = environment.Uuid,
        ["name"] = environment.Name,
        ["displayName"] = environment.DisplayName,
        ["production"] = environment.Production,
        ["contacts"] = new JArray(environment.Contacts.Select(c => new JObject { ["name"] = c.Name, ["emailAddress"] = c.EmailAddress })),
    };
}
