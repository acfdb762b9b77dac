using System.Text;

namespace ContractTesting.BrokerClient;

/// <summary>
/// A can-i-deploy question (<c>GET /matrix</c>): may these versions go to an environment (or to the versions with a
/// tag), given the verification results the broker has? <see cref="ToQueryString"/> builds exactly the query the
/// official <c>pact broker can-i-deploy</c> sends.
/// </summary>
public sealed record CanIDeployQuery
{
    /// <summary>The versions asked about, in order. At least one is required.</summary>
    public required IReadOnlyList<MatrixSelector> Selectors { get; init; }

    /// <summary>Pacticipants (or versions) whose rows do not count (<c>--ignore</c>). Empty by default.</summary>
    public IReadOnlyList<MatrixIgnore> Ignore { get; init; } = [];

    /// <summary>The environment the versions are to be deployed to (<c>--to-environment</c>), or null.</summary>
    public string? ToEnvironment { get; init; }

    /// <summary>The tag of the versions they are to be deployed beside (<c>--to</c>, the older way), or null.</summary>
    public string? ToTag { get; init; }

    /// <summary>
    /// Whether the versions are to be merged into the main branch (<c>can-i-merge</c>): they must work with the latest
    /// main-branch version of every other pacticipant. Defaults to false.
    /// </summary>
    public bool ToMainBranch { get; init; }

    /// <summary>
    /// How many more times to ask while the answer is unknown (no verification yet), as <c>--retry-while-unknown</c>.
    /// Defaults to 0.
    /// </summary>
    public int RetryWhileUnknown { get; init; }

    /// <summary>The wait between those attempts (<c>--retry-interval</c>). Defaults to 5 seconds, as the official CLI.</summary>
    public TimeSpan RetryInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Checks the question.</summary>
    /// <exception cref="ArgumentException">There is no selector, one is invalid, a name is blank, or the retries are out of range.</exception>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(Selectors, nameof(Selectors));
        ArgumentNullException.ThrowIfNull(Ignore, nameof(Ignore));
        if (Selectors.Count == 0)
        {
            throw new ArgumentException("can-i-deploy needs at least one pacticipant version to ask about.", nameof(Selectors));
        }

        if (Selectors.Select(s => s is null ? "it is null" : s.Problem()).FirstOrDefault(p => p is not null) is { } problem)
        {
            throw new ArgumentException($"Invalid can-i-deploy selector: {problem}.", nameof(Selectors));
        }

        if (Ignore.Any(i => i is null || string.IsNullOrWhiteSpace(i.Pacticipant)) || ToEnvironment is { } e && e.Trim().Length == 0 || ToTag is { } t && t.Trim().Length == 0)
        {
            throw new ArgumentException("The ignored pacticipants, the environment and the tag may not be blank.", nameof(Ignore));
        }

        if (ToMainBranch && (ToEnvironment is not null || ToTag is not null))
        {
            throw new ArgumentException("Merging into the main branch cannot be asked together with an environment or a tag.", nameof(ToMainBranch));
        }

        if (RetryWhileUnknown < 0 || RetryInterval < TimeSpan.Zero)
        {
            throw new ArgumentException($"The retries and their interval may not be negative (they are {RetryWhileUnknown} and {RetryInterval}).", nameof(RetryWhileUnknown));
        }
    }

    /// <summary>
    /// The query string (without <c>?</c>) as the official CLI builds it: each selector's <c>q[][…]</c> parameters in
    /// order, the ignores, <c>tag</c> for <see cref="ToTag"/>, <c>latestby</c> (<c>cvpv</c> with an environment or
    /// several selectors, else <c>cvp</c>), <c>environment</c>, and <c>latest=true</c> for one selector without an
    /// environment, then <c>mainBranch=true</c> for <see cref="ToMainBranch"/>. Brackets are sent as they are; values are
    /// percent-encoded.
    /// </summary>
    public string ToQueryString()
    {
        var parameters = Selectors.SelectMany(s => s.QueryParameters()).ToList();
        foreach (var ignore in Ignore)
        {
            parameters.Add(("ignore[][pacticipant]", ignore.Pacticipant));
            if (ignore.Version is not null)
            {
                parameters.Add(("ignore[][version]", ignore.Version));
            }
        }

        if (ToTag is not null)
        {
            parameters.Add(("tag", ToTag));
        }

        parameters.Add(("latestby", ToEnvironment is not null || Selectors.Count > 1 ? "cvpv" : "cvp"));
        if (ToEnvironment is not null)
        {
            parameters.Add(("environment", ToEnvironment));
        }
        else if (Selectors.Count == 1)
        {
            parameters.Add(("latest", "true"));
        }

        if (ToMainBranch)
        {
            parameters.Add(("mainBranch", "true"));
        }

        var query = new StringBuilder();
        foreach (var (key, value) in parameters)
        {
            query.Append(query.Length == 0 ? string.Empty : "&").Append(key).Append('=').Append(Uri.EscapeDataString(value));
        }

        return query.ToString();
    }
}
