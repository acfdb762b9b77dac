namespace ContractTesting.Verification;

/// <summary>
/// Publishing verification results to the broker the pacts came from (only pacts that carry a
/// <c>pb:publish-verification-results</c> link are published).
/// </summary>
public sealed record PublishOptions
{
    /// <summary>The provider version that was verified, e.g. a git commit. Required.</summary>
    public required string ProviderVersion { get; init; }

    /// <summary>The provider version's branch, or null.</summary>
    public string? ProviderBranch { get; init; }

    /// <summary>Tags for the provider version. Empty by default.</summary>
    public IReadOnlyList<string> ProviderTags { get; init; } = [];

    /// <summary>A link to the CI build that ran the verification, or null.</summary>
    public Uri? BuildUrl { get; init; }

    /// <summary>Checks the options.</summary>
    /// <exception cref="ArgumentException">The provider version is blank, or a tag is.</exception>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(ProviderVersion))
        {
            throw new ArgumentException("Publishing verification results needs the provider version.", nameof(ProviderVersion));
        }

        if (ProviderTags.Any(string.IsNullOrWhiteSpace) || ProviderBranch is { Length: > 0 } && ProviderBranch.Trim().Length == 0)
        {
            throw new ArgumentException("Provider tags and the branch may not be blank.", nameof(ProviderTags));
        }
    }
}
