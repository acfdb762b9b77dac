namespace ContractTesting.Broker;

/// <summary>
/// Who may use the broker. With nothing set (the default) it is open to anyone, for local use. Once any credential is
/// set, every request needs one: read-write credentials may do anything, read-only ones may read (<c>GET</c>,
/// <c>HEAD</c>, <c>OPTIONS</c>, and <c>POST /pacts/provider/{provider}/for-verification</c>). Basic credentials are what
/// <c>pact broker -u/-p</c> (<c>PACT_BROKER_USERNAME</c>/<c>PACT_BROKER_PASSWORD</c>) send; tokens are what
/// <c>-k</c> (<c>PACT_BROKER_TOKEN</c>) sends as <c>Authorization: Bearer</c>. Read from the <c>Broker:Auth</c> section.
/// </summary>
public sealed record BrokerAuthOptions
{
    /// <summary>The read-write user's name (<c>Broker:Auth:Username</c>). Defaults to none.</summary>
    public string? Username { get; init; }

    /// <summary>The read-write user's password (<c>Broker:Auth:Password</c>); required with <see cref="Username"/>.</summary>
    public string? Password { get; init; }

    /// <summary>The read-only user's name (<c>Broker:Auth:ReadOnlyUsername</c>). Defaults to none.</summary>
    public string? ReadOnlyUsername { get; init; }

    /// <summary>The read-only user's password (<c>Broker:Auth:ReadOnlyPassword</c>); required with <see cref="ReadOnlyUsername"/>.</summary>
    public string? ReadOnlyPassword { get; init; }

    /// <summary>A bearer token with read-write access (<c>Broker:Auth:Token</c>). Defaults to none.</summary>
    public string? Token { get; init; }

    /// <summary>A bearer token with read-only access (<c>Broker:Auth:ReadOnlyToken</c>). Defaults to none.</summary>
    public string? ReadOnlyToken { get; init; }

    /// <summary>
    /// Whether reads need no credentials while writes still do (<c>Broker:Auth:AllowPublicRead</c>), like the Pact
    /// Broker's <c>allow_public_read</c>. Defaults to <see langword="false"/>.
    /// </summary>
    public bool AllowPublicRead { get; init; }

    /// <summary>Whether any credential is set, so requests must authenticate.</summary>
    public bool Enabled => Username is not null || ReadOnlyUsername is not null || Token is not null || ReadOnlyToken is not null;

    /// <summary>Reads the options from a <c>Broker:Auth</c> section (empty values count as unset).</summary>
    public static BrokerAuthOptions FromConfiguration(IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(section);
        return new BrokerAuthOptions
        {
            Username = Value(section, nameof(Username)),
            Password = Value(section, nameof(Password)),
            ReadOnlyUsername = Value(section, nameof(ReadOnlyUsername)),
            ReadOnlyPassword = Value(section, nameof(ReadOnlyPassword)),
            Token = Value(section, nameof(Token)),
            ReadOnlyToken = Value(section, nameof(ReadOnlyToken)),
            AllowPublicRead = section.GetValue(nameof(AllowPublicRead), false),
        };
    }

    /// <summary>Checks that every user has a password, that no credential is blank and that someone can write.</summary>
    /// <exception cref="InvalidOperationException">A credential is incomplete; the message says which.</exception>
    public void Validate()
    {
        Pair(Username, Password, nameof(Username), nameof(Password));
        Pair(ReadOnlyUsername, ReadOnlyPassword, nameof(ReadOnlyUsername), nameof(ReadOnlyPassword));
        NotBlank(Token, nameof(Token));
        NotBlank(ReadOnlyToken, nameof(ReadOnlyToken));
        if (Enabled && Username is null && Token is null)
        {
            throw new InvalidOperationException(
                "BrokerOptions.Auth has only read-only credentials, so nobody could write: set Username and Password or a Token as well.");
        }

        if (Username is not null && Username == ReadOnlyUsername)
        {
            throw new InvalidOperationException("BrokerOptions.Auth.ReadOnlyUsername must differ from Username.");
        }

        if (Token is not null && Token == ReadOnlyToken)
        {
            throw new InvalidOperationException("BrokerOptions.Auth.ReadOnlyToken must differ from Token.");
        }

        if (AllowPublicRead && !Enabled)
        {
            throw new InvalidOperationException("BrokerOptions.Auth.AllowPublicRead needs credentials for writing; without any the broker is open anyway.");
        }
    }

    private static void Pair(string? user, string? password, string userName, string passwordName)
    {
        NotBlank(user, userName);
        NotBlank(password, passwordName);
        if ((user is null) != (password is null))
        {
            throw new InvalidOperationException($"BrokerOptions.Auth.{userName} and {passwordName} must be set together.");
        }

        if (user is not null && user.Contains(':', StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"BrokerOptions.Auth.{userName} cannot contain ':' (HTTP Basic separates the user from the password with it).");
        }
    }

    private static void NotBlank(string? value, string name)
    {
        if (value is not null && value.Trim().Length == 0)
        {
            throw new InvalidOperationException($"BrokerOptions.Auth.{name} must not be blank.");
        }
    }

    private static string? Value(IConfiguration section, string key) => section[key] is { Length: > 0 } value ? value : null;
}
