namespace ContractTesting.Broker.Tests.Reliability;

/// <summary>The rows a set of acknowledged publications must leave, table by table: each distinct thing once.</summary>
public static class ExpectedRows
{
    /// <param name="publications">The publications the broker acknowledged.</param>
    /// <param name="providerVersions">Versions created by verification results, as (pacticipant, version).</param>
    public static Dictionary<string, long> For(IEnumerable<PlannedPublication> publications, IEnumerable<(string Pacticipant, string Version)>? providerVersions = null)
    {
        var published = publications.ToList();
        var pacts = published.SelectMany(p => p.Providers.Select(provider => (p.Consumer, p.Version, Provider: provider, p.ContentKey))).ToList();
        var versions = published.Select(p => (Pacticipant: p.Consumer, p.Version)).Concat(providerVersions ?? []).Distinct().ToList();
        return new Dictionary<string, long>
        {
            ["pacticipants"] = versions.Select(v => v.Pacticipant).Concat(pacts.Select(p => p.Provider)).Distinct().Count(),
            ["versions"] = versions.Count,
            ["pact_publications"] = pacts.Select(p => (p.Consumer, p.Version, p.Provider)).Distinct().Count(),
            ["latest_pact_publication_ids_for_consumer_versions"] = pacts.Select(p => (p.Consumer, p.Version, p.Provider)).Distinct().Count(),
            ["pact_versions"] = pacts.Select(p => (p.Consumer, p.Provider, p.ContentKey)).Distinct().Count(),
            ["integrations"] = pacts.Select(p => (p.Consumer, p.Provider)).Distinct().Count(),
            ["branches"] = published.Select(p => (p.Consumer, p.Branch)).Distinct().Count(),
            ["branch_versions"] = published.Select(p => (p.Consumer, p.Version, p.Branch)).Distinct().Count(),
            ["tags"] = published.SelectMany(p => p.Tags.Select(t => (p.Consumer, p.Version, t))).Distinct().Count(),
        };
    }
}
