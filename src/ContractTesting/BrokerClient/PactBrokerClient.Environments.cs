namespace ContractTesting.BrokerClient;

/// <summary>Environments.</summary>
public sealed partial class PactBrokerClient
{
    /// <summary>The index relation of the environments.</summary>
    public const string EnvironmentsRelation = "pb:environments";

    /// <summary>Creates an environment (<c>POST pb:environments</c>).</summary>
    /// <exception cref="ArgumentException">The environment is invalid.</exception>
    /// <exception cref="PactBrokerException">The broker has no environments, or refused (a name in use is a 400 with the broker's reason).</exception>
    public async Task<BrokerEnvironment> CreateEnvironmentAsync(NewEnvironment environment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(environment);
        environment.Validate();
        var index = await GetIndexAsync(cancellationToken).ConfigureAwait(false);
        var answer = await SendAsync(HttpMethod.Post, EnvironmentsUrl(index), environment.ToJson(), cancellationToken).ConfigureAwait(false);
        return BrokerEnvironment.Read(answer);
    }

    /// <summary>Every environment (<c>GET pb:environments</c>, <c>_embedded.environments</c>).</summary>
    /// <exception cref="PactBrokerException">The broker has no environments, or a request failed.</exception>
    public async Task<IReadOnlyList<BrokerEnvironment>> ListEnvironmentsAsync(CancellationToken cancellationToken = default)
    {
        var index = await GetIndexAsync(cancellationToken).ConfigureAwait(false);
        var list = await GetAsync(EnvironmentsUrl(index), cancellationToken).ConfigureAwait(false);
        return [.. list.Embedded("environments").Select(BrokerEnvironment.Read)];
    }

    /// <summary>One environment by its identifier (<c>GET pb:environment</c>), or null when the broker has no such environment.</summary>
    /// <exception cref="PactBrokerException">A request failed.</exception>
    public async Task<BrokerEnvironment?> DescribeEnvironmentAsync(string uuid, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(uuid);
        var resource = await EnvironmentResourceAsync(uuid, cancellationToken).ConfigureAwait(false);
        return resource is null ? null : BrokerEnvironment.Read(resource);
    }

    /// <summary>The environment with a name.</summary>
    /// <exception cref="PactBrokerException">There is no such environment (the message lists those there are), or a request failed.</exception>
    public async Task<BrokerEnvironment> FindEnvironmentAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var all = await ListEnvironmentsAsync(cancellationToken).ConfigureAwait(false);
        return all.FirstOrDefault(e => e.Name == name) ?? throw new PactBrokerException(
            $"Environment '{name}' does not exist on the broker at {IndexUrl} " +
            $"({(all.Count == 0 ? "it has no environments; create one with create-environment" : "it has: " + string.Join(", ", all.Select(e => e.Name)))}).");
    }

    private async Task<HalResource?> EnvironmentResourceAsync(string uuid, CancellationToken cancellationToken)
    {
        var index = await GetIndexAsync(cancellationToken).ConfigureAwait(false);
        var url = index.Link("pb:environment")?.Expand(Values(("uuid", uuid)), index.Location) ?? new Uri(IndexUrl, "environments/" + Uri.EscapeDataString(uuid));
        try
        {
            return await GetAsync(url, cancellationToken).ConfigureAwait(false);
        }
        catch (PactBrokerException e) when (e.IsNotFound)
        {
            return null;
        }
    }

    private Uri EnvironmentsUrl(HalResource index) => (index.Link(EnvironmentsRelation) ?? throw new PactBrokerException(
        $"The broker at {IndexUrl} has no environments: its index has no '{EnvironmentsRelation}' link.")).Expand(null, index.Location);
}
