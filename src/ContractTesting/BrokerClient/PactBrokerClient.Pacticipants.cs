namespace ContractTesting.BrokerClient;

/// <summary>Pacticipants.</summary>
public sealed partial class PactBrokerClient
{
    /// <summary>
    /// Creates a pacticipant or changes the one there is, as <c>create-or-update-pacticipant</c> does: a merge-patch of
    /// the existing resource, or <c>POST pb:pacticipants</c> when there is none.
    /// </summary>
    /// <returns>The pacticipant as the broker now describes it.</returns>
    /// <exception cref="ArgumentException">The name is blank.</exception>
    /// <exception cref="PactBrokerException">The broker refused, or a request failed.</exception>
    public async Task<BrokerPacticipant> CreateOrUpdatePacticipantAsync(PacticipantDetails details, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentException.ThrowIfNullOrWhiteSpace(details.Name, nameof(details));
        var index = await GetIndexAsync(cancellationToken).ConfigureAwait(false);
        var existing = await PacticipantResourceAsync(index, details.Name, cancellationToken).ConfigureAwait(false);
        var answer = existing is not null
            ? await SendAsync(HttpMethod.Patch, existing.Self ?? existing.Location, details.ToJson(), cancellationToken).ConfigureAwait(false)
            : await SendAsync(HttpMethod.Post, index.RequireLink("pb:pacticipants").Expand(null, index.Location), details.ToJson(), cancellationToken).ConfigureAwait(false);
        return BrokerPacticipant.Read(answer);
    }

    /// <summary>A pacticipant (<c>GET pb:pacticipant</c>), or null when the broker has none of that name.</summary>
    /// <exception cref="PactBrokerException">A request failed.</exception>
    public async Task<BrokerPacticipant?> DescribePacticipantAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var index = await GetIndexAsync(cancellationToken).ConfigureAwait(false);
        var resource = await PacticipantResourceAsync(index, name, cancellationToken).ConfigureAwait(false);
        return resource is null ? null : BrokerPacticipant.Read(resource);
    }

    /// <summary>Every pacticipant (<c>GET pb:pacticipants</c>).</summary>
    /// <exception cref="PactBrokerException">A request failed.</exception>
    public async Task<IReadOnlyList<BrokerPacticipant>> ListPacticipantsAsync(CancellationToken cancellationToken = default)
    {
        var index = await GetIndexAsync(cancellationToken).ConfigureAwait(false);
        var list = await FollowAsync(index, "pb:pacticipants", cancellationToken: cancellationToken).ConfigureAwait(false);
        var items = list.Embedded("pacticipants");
        return [.. (items.Count > 0 ? items : TopLevel(list, "pacticipants")).Select(BrokerPacticipant.Read)];
    }

    private async Task<HalResource?> PacticipantResourceAsync(HalResource index, string name, CancellationToken cancellationToken)
    {
        try
        {
            return await FollowAsync(index, "pb:pacticipant", Values(("pacticipant", name)), cancellationToken).ConfigureAwait(false);
        }
        catch (PactBrokerException e) when (e.IsNotFound)
        {
            return null;
        }
    }

    // The deprecated top-level array that older brokers send instead of _embedded.
    private static IEnumerable<HalResource> TopLevel(HalResource list, string name) =>
        (list.Json[name] as Newtonsoft.Json.Linq.JArray ?? []).OfType<Newtonsoft.Json.Linq.JObject>().Select(o => new HalResource(list.Location, o));
}
