using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;

namespace ContractTesting.Broker.Security;

/// <summary>
/// Checks an <c>Authorization</c> header against the configured credentials. Every comparison is made in constant
/// time over SHA-256 digests (so neither the content nor the length of a secret shows in the timing), and every
/// configured credential is compared, whichever matches.
/// </summary>
internal sealed class CredentialMatcher
{
    private readonly byte[]? _writeUser;
    private readonly byte[]? _readUser;
    private readonly byte[]? _writeToken;
    private readonly byte[]? _readToken;

    public CredentialMatcher(BrokerAuthOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _writeUser = Digest(options.Username, options.Password);
        _readUser = Digest(options.ReadOnlyUsername, options.ReadOnlyPassword);
        _writeToken = Digest(options.Token);
        _readToken = Digest(options.ReadOnlyToken);
    }

    /// <summary>The access the header grants: <see cref="AccessLevel.None"/> when it is missing, malformed or wrong.</summary>
    public AccessLevel Match(string? authorization)
    {
        if (!AuthenticationHeaderValue.TryParse(authorization, out var header) || header.Parameter is not { Length: > 0 } parameter)
        {
            return AccessLevel.None;
        }

        if (header.Scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase))
        {
            return DecodeBasic(parameter) is { } pair ? Best(Digest(pair.User, pair.Password)!, _writeUser, _readUser) : AccessLevel.None;
        }

        return header.Scheme.Equals("Bearer", StringComparison.OrdinalIgnoreCase)
            ? Best(Digest(parameter)!, _writeToken, _readToken)
            : AccessLevel.None;
    }

    private static AccessLevel Best(byte[] given, byte[]? write, byte[]? read)
    {
        // Both comparisons always run, so the time taken does not tell which one matched.
        var isWrite = write is not null && CryptographicOperations.FixedTimeEquals(given, write);
        var isRead = read is not null && CryptographicOperations.FixedTimeEquals(given, read);
        return isWrite ? AccessLevel.Write : isRead ? AccessLevel.Read : AccessLevel.None;
    }

    private static (string User, string Password)? DecodeBasic(string parameter)
    {
        var buffer = new byte[(parameter.Length + 3) / 4 * 3];
        if (!Convert.TryFromBase64String(parameter, buffer, out var written))
        {
            return null;
        }

        var text = Encoding.UTF8.GetString(buffer, 0, written);
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? null : (text[..colon], text[(colon + 1)..]);
    }

    // The user and the password are hashed as one value, with a separator that cannot occur in a user name.
    private static byte[]? Digest(string? user, string? password) =>
        user is null || password is null ? null : SHA256.HashData(Encoding.UTF8.GetBytes($"{user}:{password}"));

    private static byte[]? Digest(string? token) => token is null ? null : SHA256.HashData(Encoding.UTF8.GetBytes(token));
}
