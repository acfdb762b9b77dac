using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;

namespace ContractTesting.BrokerBench;

/// <summary>
/// The read requests of a provider build and a release gate, one at a time: pacts for verification (POST, with the
/// usual selectors, pending and WIP) and can-i-deploy (<c>GET /matrix</c> exactly as the official CLI builds it).
/// Each measurement cycles through the pacticipants, so no single answer is measured over and over.
/// </summary>
internal sealed class QueryBench(BrokerClient client, HistoryShape shape, BenchSettings settings)
{
    /// <summary>A provider build on main: the main branch, what is deployed or released, the matching branch; pending and WIP.</summary>
    public async Task<ForVerificationResult> ForVerificationAsync(CancellationToken cancellationToken)
    {
        var body = new JsonObject
        {
            ["consumerVersionSelectors"] = new JsonArray(
                new JsonObject { ["mainBranch"] = true }, new JsonObject { ["deployedOrReleased"] = true }, new JsonObject { ["matchingBranch"] = true }),
            ["providerVersionBranch"] = "main",
            ["includePendingStatus"] = true,
            ["includeWipPactsSince"] = (DateTimeOffset.UtcNow - TimeSpan.FromDays(30)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        var pacts = 0;
        var latency = await Latency.MeasureAsync(settings.WarmUp, settings.Samples, async i =>
        {
            var provider = HistoryShape.ProviderName(i % shape.Providers);
            var answer = await client.PostAsync($"/pacts/provider/{provider}/for-verification", body, cancellationToken);
            var count = answer?["_embedded"]?["pacts"]?.AsArray().Count ?? 0;
            if (count < HistoryShape.ProvidersPerConsumer)
            {
                throw new InvalidOperationException($"for-verification of {provider} listed {count} pacts, fewer than its consumers' main branches: {answer}");
            }

            pacts = Math.Max(pacts, count);
        });
        return new ForVerificationResult(latency, pacts);
    }

    /// <summary>
    /// <c>can-i-deploy -a C -e V --to-environment production</c> for each consumer's version of the last main step of
    /// the history; with <paramref name="twoSelectors"/>, <c>-a C -e V -a P -e W</c> with its first provider's.
    /// Null when this build has no <c>/matrix</c> (the broker's 404 for a path it does not serve).
    /// </summary>
    public async Task<CanIDeployResult?> CanIDeployAsync(bool twoSelectors, CancellationToken cancellationToken)
    {
        if (!await MatrixExistsAsync(cancellationToken))
        {
            return null;
        }

        var rows = 0;
        var latency = await Latency.MeasureAsync(settings.WarmUp, settings.Samples, async i =>
        {
            var answer = await client.GetAsync(Query(i % shape.Consumers, twoSelectors), cancellationToken);
            if (answer?["summary"] is not JsonObject summary || !summary.ContainsKey("deployable"))
            {
                throw new InvalidOperationException($"The matrix answer has no summary.deployable: {answer}");
            }

            rows = Math.Max(rows, answer["matrix"]?.AsArray().Count ?? 0);
        });
        return new CanIDeployResult(latency, rows);
    }

    /// <summary>The query string the CLI sends: brackets as they are, values percent-encoded.</summary>
    public string Query(int consumer, bool twoSelectors)
    {
        var consumerName = HistoryShape.ConsumerName(consumer);
        var query = $"/matrix?q[][pacticipant]={Encode(consumerName)}&q[][version]={Encode(HistoryShape.VersionNumber(consumerName, shape.LastMainStep))}";
        if (!twoSelectors)
        {
            return query + "&latestby=cvpv&environment=production";
        }

        var providerName = HistoryShape.ProviderName(shape.ProvidersOf(consumer).First());
        return query + $"&q[][pacticipant]={Encode(providerName)}&q[][version]={Encode(HistoryShape.VersionNumber(providerName, shape.LastMainStep))}&latestby=cvpv";
    }

    private async Task<bool> MatrixExistsAsync(CancellationToken cancellationToken)
    {
        var (status, body) = await client.ProbeAsync(Query(0, twoSelectors: false), cancellationToken);
        return status != HttpStatusCode.NotFound || !body.Contains("There is no broker resource at GET /matrix", StringComparison.Ordinal);
    }

    private static string Encode(string value) => Uri.EscapeDataString(value);
}

/// <summary>The latency of pacts for verification, and the most pacts one answer listed.</summary>
internal sealed record ForVerificationResult(Latency Latency, int MostPacts);

/// <summary>The latency of can-i-deploy, and the most matrix rows one answer had.</summary>
internal sealed record CanIDeployResult(Latency Latency, int MostRows);
