using Newtonsoft.Json.Linq;

namespace ContractTesting.BrokerClient;

/// <summary>Pacticipant versions, their branches and tags.</summary>
public sealed partial class PactBrokerClient
{
    /// <summary>
    /// Creates a version (and its pacticipant) if needed and puts it on a branch and tags it, as
    /// <c>create-or-update-version</c> does: <c>PUT pb:pacticipant-branch-version</c>, <c>PUT pb:pacticipant-version-tag</c>
    /// per tag, or <c>PUT pb:pacticipant-version</c> when there is neither.
    /// </summary>
    /// <returns>The version as the broker now describes it.</returns>
    /// <exception cref="ArgumentException">A name, the version, the branch or a tag is blank.</exception>
    /// <exception cref="PactBrokerException">The broker refused, or a request failed.</exception>
    public async Task<BrokerVersion> CreateOrUpdateVersionAsync(string pacticipant, string version, string? branch = null, IReadOnlyList<string>? tags = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pacticipant);
        ArgumentException.ThrowIfNullOrWhiteSpace(version);
        tags ??= [];
        if (branch is not null && branch.Trim().Length == 0 || tags.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("The branch and the tags of a version may not be blank.", nameof(tags));
        }

        var index = await GetIndexAsync(cancellationToken).ConfigureAwait(false);
        if (branch is not null)
        {
            var url = index.RequireLink("pb:pacticipant-branch-version").Expand(Values(("pacticipant", pacticipant), ("branch", branch), ("version", version)), index.Location);
            await SendAsync(HttpMethod.Put, url, new JObject(), cancellationToken).ConfigureAwait(false);
        }

        foreach (var tag in tags)
        {
            var url = index.RequireLink("pb:pacticipant-version-tag").Expand(Values(("pacticipant", pacticipant), ("version", version), ("tag", tag)), index.Location);
            await SendAsync(HttpMethod.Put, url, new JObject(), cancellationToken).ConfigureAwait(false);
        }

        var versionUrl = VersionUrl(index, pacticipant, version);
        if (branch is null && tags.Count == 0)
        {
            await SendAsync(HttpMethod.Put, versionUrl, new JObject(), cancellationToken).ConfigureAwait(false);
        }

        return BrokerVersion.Read(await GetAsync(versionUrl, cancellationToken).ConfigureAwait(false), pacticipant);
    }

    /// <summary>
    /// A version (<c>pb:pacticipant-version</c>), or with no number the latest one (<c>pb:latest-version</c>) or the
    /// latest with a tag (<c>pb:latest-tagged-version</c>); null when there is no such version.
    /// </summary>
    /// <exception cref="PactBrokerException">A request failed.</exception>
    public async Task<BrokerVersion?> DescribeVersionAsync(string pacticipant, string? version = null, string? latestTag = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pacticipant);
        var index = await GetIndexAsync(cancellationToken).ConfigureAwait(false);
        var url = version is not null ? VersionUrl(index, pacticipant, version)
            : latestTag is not null ? index.RequireLink("pb:latest-tagged-version").Expand(Values(("pacticipant", pacticipant), ("tag", latestTag)), index.Location)
            : index.RequireLink("pb:latest-version").Expand(Values(("pacticipant", pacticipant)), index.Location);
        var resource = await GetOrNullAsync(url, cancellationToken).ConfigureAwait(false);
        return resource is null ? null : BrokerVersion.Read(resource, pacticipant);
    }

    private async Task<HalResource?> VersionResourceAsync(string pacticipant, string version, CancellationToken cancellationToken)
    {
        var index = await GetIndexAsync(cancellationToken).ConfigureAwait(false);
        return await GetOrNullAsync(VersionUrl(index, pacticipant, version), cancellationToken).ConfigureAwait(false);
    }

    private async Task<HalResource?> GetOrNullAsync(Uri url, CancellationToken cancellationToken)
    {
        try
        {
            return await GetAsync(url, cancellationToken).ConfigureAwait(false);
        }
        catch (PactBrokerException e) when (e.IsNotFound)
        {
            return null;
        }
    }

    private static Uri VersionUrl(HalResource index, string pacticipant, string version) =>
        index.RequireLink("pb:pacticipant-version").Expand(Values(("pacticipant", pacticipant), ("version", version)), index.Location);
}
