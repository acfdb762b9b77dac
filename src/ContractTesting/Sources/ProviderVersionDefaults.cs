namespace ContractTesting.Sources;

/// <summary>
/// The provider version's branch and tags a source already knows (those a broker was asked for pacts with), used when
/// publishing results whose <see cref="Verification.PublishOptions"/> name none.
/// </summary>
/// <param name="Branch">The branch, or null.</param>
/// <param name="Tags">The tags.</param>
internal sealed record ProviderVersionDefaults(string? Branch, IReadOnlyList<string> Tags)
{
    public static ProviderVersionDefaults None { get; } = new(null, []);
}
