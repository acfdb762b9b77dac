using Newtonsoft.Json.Linq;

namespace ContractTesting.BrokerClient;

/// <summary>Recording deployments and releases, as <c>pact broker record-deployment</c> and its siblings do.</summary>
public sealed partial class PactBrokerClient
{
    /// <summary>
    /// Records that a version is deployed to an environment: the version resource's <c>pb:record-deployment</c> entry
    /// named after the environment, <c>POST {}</c> (or with the application instance). The broker marks the
    /// version that was deployed there before (to the same instance) as undeployed.
    /// </summary>
    /// <param name="pacticipant">The pacticipant.</param>
    /// <param name="version">The version deployed.</param>
    /// <param name="environment">The environment's name.</param>
    /// <param name="applicationInstance">Which instance of the application, when several are deployed side by side; null for the default one.</param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    /// <exception cref="PactBrokerException">The version or the environment does not exist, or a request failed.</exception>
    public Task<RecordedVersion> RecordDeploymentAsync(string pacticipant, string version, string environment, string? applicationInstance = null, CancellationToken cancellationToken = default)
    {
        var body = applicationInstance is null ? new JObject() : new JObject { ["applicationInstance"] = applicationInstance, ["target"] = applicationInstance };
        return RecordAsync("pb:record-deployment", "deployment", pacticipant, version, environment, body, cancellationToken);
    }

    /// <summary>
    /// Records that a version is released to an environment (<c>pb:record-release</c>), for software of which several
    /// versions are in use at once (mobile apps, libraries); earlier releases stay supported.
    /// </summary>
    /// <exception cref="PactBrokerException">The version or the environment does not exist, or a request failed.</exception>
    public Task<RecordedVersion> RecordReleaseAsync(string pacticipant, string version, string environment, CancellationToken cancellationToken = default) =>
        RecordAsync("pb:record-release", "release", pacticipant, version, environment, new JObject(), cancellationToken);

    /// <summary>
    /// Records that a pacticipant is no longer deployed to an environment: each of its currently deployed versions
    /// there (for the application instance, or those without one) is patched to <c>currentlyDeployed: false</c>.
    /// </summary>
    /// <returns>The versions undeployed; empty when none was deployed there.</returns>
    /// <exception cref="PactBrokerException">The environment does not exist, or a request failed.</exception>
    public async Task<IReadOnlyList<RecordedVersion>> RecordUndeploymentAsync(string pacticipant, string environment, string? applicationInstance = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pacticipant);
        var (env, rows) = await CurrentRowsAsync(environment, pacticipant, "deployedVersions", cancellationToken,
            "pb:currently-deployed-deployed-versions", "pb:currently-deployed-versions").ConfigureAwait(false);
        var undeployed = new List<RecordedVersion>();
        foreach (var row in rows.Where(r => (HalValues.Text(r.Json["applicationInstance"]) ?? HalValues.Text(r.Json["target"])) == applicationInstance))
        {
            var patched = await SendAsync(HttpMethod.Patch, RequireSelf(row), new JObject { ["currentlyDeployed"] = false }, cancellationToken).ConfigureAwait(false);
            undeployed.Add(RecordedVersion.Read(patched.Json.Count == 0 ? row : patched, pacticipant, HalValues.Text(row.Json["_embedded"]?["version"]?["number"]) ?? "?", env.Name));
        }

        return undeployed;
    }

    /// <summary>
    /// Records that a released version is no longer supported in an environment: its currently supported release
    /// there is patched to <c>currentlySupported: false</c>.
    /// </summary>
    /// <returns>The releases whose support ended; empty when the version was not released there.</returns>
    /// <exception cref="PactBrokerException">The environment does not exist, or a request failed.</exception>
    public async Task<IReadOnlyList<RecordedVersion>> RecordSupportEndedAsync(string pacticipant, string version, string environment, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pacticipant);
        ArgumentException.ThrowIfNullOrWhiteSpace(version);
        var (env, rows) = await CurrentRowsAsync(environment, pacticipant, "releasedVersions", cancellationToken,
            "pb:currently-supported-released-versions").ConfigureAwait(false);
        var ended = new List<RecordedVersion>();
        foreach (var row in rows.Where(r => HalValues.Text(r.Json["_embedded"]?["version"]?["number"]) == version))
        {
            var patched = await SendAsync(HttpMethod.Patch, RequireSelf(row), new JObject { ["currentlySupported"] = false }, cancellationToken).ConfigureAwait(false);
            ended.Add(RecordedVersion.Read(patched.Json.Count == 0 ? row : patched, pacticipant, version, env.Name));
        }

        return ended;
    }

    private async Task<RecordedVersion> RecordAsync(string relation, string what, string pacticipant, string version, string environment, JObject body, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pacticipant);
        ArgumentException.ThrowIfNullOrWhiteSpace(version);
        ArgumentException.ThrowIfNullOrWhiteSpace(environment);
        var resource = await VersionResourceAsync(pacticipant, version, cancellationToken).ConfigureAwait(false)
            ?? throw new PactBrokerException($"Version {version} of {pacticipant} does not exist on the broker at {IndexUrl}: publish its pacts (or create the version) first.");
        var links = resource.Links(relation);
        var link = links.FirstOrDefault(l => l.Name == environment) ?? throw new PactBrokerException(
            $"Environment '{environment}' does not exist on the broker at {IndexUrl}, so no {what} can be recorded there " +
            $"({(links.Count == 0 ? "it has no environments; create one with create-environment" : "it has: " + string.Join(", ", links.Select(l => l.Name)))}).");
        var answer = await SendAsync(HttpMethod.Post, link.Expand(null, resource.Location), body, cancellationToken).ConfigureAwait(false);
        return RecordedVersion.Read(answer, pacticipant, version, environment);
    }

    /// <summary>The rows of an environment's currently deployed or supported list that belong to the pacticipant.</summary>
    private async Task<(BrokerEnvironment Environment, IReadOnlyList<HalResource> Rows)> CurrentRowsAsync(
        string environment, string pacticipant, string embedded, CancellationToken cancellationToken, params string[] relations)
    {
        var env = await FindEnvironmentAsync(environment, cancellationToken).ConfigureAwait(false);
        var resource = await GetAsync(env.Self ?? new Uri(IndexUrl, "environments/" + Uri.EscapeDataString(env.Uuid)), cancellationToken).ConfigureAwait(false);
        var link = relations.Select(resource.Link).FirstOrDefault(l => l is not null) ?? resource.RequireLink(relations[0]);
        var list = new UriBuilder(link.Expand(null, resource.Location)) { Query = "pacticipant=" + Uri.EscapeDataString(pacticipant) }.Uri;
        var rows = (await GetAsync(list, cancellationToken).ConfigureAwait(false)).Embedded(embedded);
        return (env, [.. rows.Where(r => HalValues.Text(r.Json["_embedded"]?["pacticipant"]?["name"]) == pacticipant)]);
    }

    private static Uri RequireSelf(HalResource row) => row.Self ?? throw new PactBrokerException($"A record the broker listed at {row.Location} has no 'self' link to update it through.");
}
