using ContractTesting.BrokerClient;
using ContractTesting.Cli.Parsing;

namespace ContractTesting.Cli.Commands;

/// <summary>
/// The broker options every broker command takes, named as the official CLI names them: <c>-b/--broker-base-url</c>
/// (<c>PACT_BROKER_BASE_URL</c>), <c>-k/--broker-token</c> (<c>PACT_BROKER_TOKEN</c>, which wins), or
/// <c>-u/--broker-username</c> with <c>-p/--broker-password</c> (<c>PACT_BROKER_USERNAME</c>, <c>PACT_BROKER_PASSWORD</c>).
/// </summary>
internal static class BrokerConnection
{
    public static IReadOnlyList<OptionSpec> Options { get; } =
    [
        new("broker-base-url", "The Pact Broker's base URL") { Short = 'b', Value = "URL", Environment = PactBrokerOptions.BaseUrlVariable },
        new("broker-token", "A bearer token for the broker") { Short = 'k', Value = "TOKEN", Environment = PactBrokerOptions.TokenVariable },
        new("broker-username", "The broker's basic-auth user name") { Short = 'u', Value = "USERNAME", Environment = PactBrokerOptions.UsernameVariable },
        new("broker-password", "The broker's basic-auth password") { Short = 'p', Value = "PASSWORD", Environment = PactBrokerOptions.PasswordVariable },
    ];

    /// <summary>The same options for <c>verify</c>, which names them as <c>pact verifier</c> does (<c>-b/--broker-url</c>, <c>-t/--token</c>, <c>--user</c>, <c>--password</c>).</summary>
    public static IReadOnlyList<OptionSpec> VerifierOptions { get; } =
    [
        new("broker-url", "The Pact Broker to fetch pacts from (and publish results to)") { Short = 'b', Value = "URL", Aliases = ["broker-base-url"], Environment = PactBrokerOptions.BaseUrlVariable },
        new("token", "A bearer token for the broker or the pact URLs") { Short = 't', Value = "TOKEN", Aliases = ["broker-token"], Environment = PactBrokerOptions.TokenVariable },
        new("user", "The basic-auth user name for the broker or the pact URLs") { Value = "USER", Aliases = ["broker-username"], Environment = PactBrokerOptions.UsernameVariable },
        new("password", "The basic-auth password") { Value = "PASSWORD", Aliases = ["broker-password"], Environment = PactBrokerOptions.PasswordVariable },
    ];

    /// <summary>The client for the broker the arguments name.</summary>
    /// <exception cref="UsageException">No base URL is given, it is not an http(s) URL, or a password comes without a user name.</exception>
    public static PactBrokerClient Client(ParsedCommand args, string urlOption = "broker-base-url", string tokenOption = "broker-token",
        string userOption = "broker-username", string passwordOption = "broker-password")
    {
        var url = args.Url(urlOption) ?? throw new UsageException(
            $"the broker's base URL is missing: pass '--{urlOption} <URL>' or set {PactBrokerOptions.BaseUrlVariable}");
        return new PactBrokerClient(new PactBrokerOptions { BaseUrl = url, Authentication = Authentication(args, tokenOption, userOption, passwordOption) });
    }

    /// <summary>The authentication the arguments give, or null.</summary>
    /// <exception cref="UsageException">A password comes without a user name.</exception>
    public static BrokerAuthentication? Authentication(ParsedCommand args, string tokenOption, string userOption, string passwordOption)
    {
        if (args.Value(tokenOption) is { } token)
        {
            return BrokerAuthentication.Bearer(token);
        }

        var user = args.Value(userOption);
        var password = args.Value(passwordOption);
        return user is not null ? BrokerAuthentication.Basic(user, password)
            : password is not null ? throw new UsageException($"a password is given without a user name: pass '--{userOption} <USER>' too")
            : null;
    }
}
