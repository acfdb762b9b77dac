using System.Net.Http.Headers;
using System.Text;

namespace ContractTesting.BrokerClient;

/// <summary>
/// How requests to a Pact Broker (or a pact URL) authenticate: a bearer token (PactFlow, or a broker configured with
/// tokens) or HTTP basic credentials (the open-source broker). The secret never appears in <see cref="ToString"/>.
/// </summary>
public sealed class BrokerAuthentication
{
    private readonly string _scheme;
    private readonly string _parameter;
    private readonly string _description;

    private BrokerAuthentication(string scheme, string parameter, string description)
    {
        _scheme = scheme;
        _parameter = parameter;
        _description = description;
    }

    /// <summary><c>Authorization: Bearer &lt;token&gt;</c>.</summary>
    /// <exception cref="ArgumentException">The token is blank.</exception>
    public static BrokerAuthentication Bearer(string token)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(token);
        return new BrokerAuthentication("Bearer", token, "bearer token");
    }

    /// <summary><c>Authorization: Basic …</c> with a user name and a password (which may be empty, as the official clients allow).</summary>
    /// <exception cref="ArgumentException">The user name is blank or contains a colon.</exception>
    public static BrokerAuthentication Basic(string username, string? password)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(username);
        if (username.Contains(':', StringComparison.Ordinal))
        {
            throw new ArgumentException("A basic-auth user name cannot contain ':'.", nameof(username));
        }

        var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{username}:{password}"));
        return new BrokerAuthentication("Basic", credentials, $"basic auth as '{username}'");
    }

    /// <summary>The <c>Authorization</c> header value.</summary>
    internal AuthenticationHeaderValue Header() => new(_scheme, _parameter);

    /// <summary>"bearer token" or "basic auth as 'ci'", never the secret.</summary>
    public override string ToString() => _description;
}
