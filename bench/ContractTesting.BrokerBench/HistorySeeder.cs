using System.Diagnostics;
using ContractTesting.Broker.Branches;
using ContractTesting.Broker.Deployments;
using ContractTesting.Broker.Environments;
using ContractTesting.Broker.Pacticipants;
using ContractTesting.Broker.Pacts;
using ContractTesting.Broker.Releases;
using ContractTesting.Broker.Storage;
using ContractTesting.Broker.Tags;
using ContractTesting.Broker.Verifications;
using ContractTesting.Broker.Versions;

namespace ContractTesting.BrokerBench;

/// <summary>
/// Writes a long history through the broker's own stores, in one transaction, so every row (heads, latest
/// publications, latest verifications, current deployments) is what the broker writes when the same things arrive
/// over HTTP. Step by step, every consumer makes a version (branch, tag, one pact per provider) and then every
/// provider makes one and verifies its consumers' newest pacts on main and one feature-branch pact; main versions are
/// deployed to test now and then and to production less often, and the last consumers are apps that record releases.
/// </summary>
internal sealed class HistorySeeder(SqlDialect dialect, HistoryShape shape)
{
    private static readonly TimeSpan Step = TimeSpan.FromMinutes(150);

    private readonly Random _random = new(20261202);
    private readonly Dictionary<(int Consumer, int Provider), PactRow> _mainPacts = [];
    private readonly Dictionary<(int Consumer, int Provider), PactRow> _featurePacts = [];
    private readonly Dictionary<string, PactContent> _contents = [];
    private readonly Dictionary<string, Queue<ReleasedVersionRow>> _releases = [];

    /// <summary>Seeds the history and returns how long it took, in seconds.</summary>
    public async Task<double> SeedAsync(CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var clock = new SimulatedClock(DateTimeOffset.UtcNow - (Step * (shape.Steps + 1)));
        await using var session = new BrokerSession(dialect) { Write = true };
        var stores = new Stores(session, clock);

        var test = await stores.Environments.CreateAsync(new EnvironmentFields("test", "Test", false, null), cancellationToken);
        var production = await stores.Environments.CreateAsync(new EnvironmentFields("production", "Production", true, null), cancellationToken);
        var consumers = await CreateAsync(stores, Enumerable.Range(0, shape.Consumers).Select(HistoryShape.ConsumerName), cancellationToken);
        var providers = await CreateAsync(stores, Enumerable.Range(0, shape.Providers).Select(HistoryShape.ProviderName), cancellationToken);

        for (var step = 0; step < shape.Steps; step++)
        {
            for (var c = 0; c < consumers.Count; c++)
            {
                var version = await NewVersionAsync(stores, consumers[c], step, cancellationToken);
                await PublishAsync(stores, c, consumers[c], providers, version, step, cancellationToken);
                await PlaceAsync(stores, version, step, test.Id, production.Id, releases: c >= consumers.Count - 2, cancellationToken);
                clock.Advance(Step / (2 * consumers.Count));
            }

            for (var p = 0; p < providers.Count; p++)
            {
                var version = await NewVersionAsync(stores, providers[p], step, cancellationToken);
                await VerifyAsync(stores, p, version, step, cancellationToken);
                await PlaceAsync(stores, version, step, test.Id, production.Id, releases: false, cancellationToken);
                clock.Advance(Step / (2 * providers.Count));
            }

            if ((step + 1) % (shape.Steps / 10) == 0)
            {
                Console.Error.WriteLine($"  {(step + 1) * shape.Pacticipants:N0} versions after {stopwatch.Elapsed.TotalSeconds:N0} s");
            }
        }

        await session.CommitAsync(cancellationToken);
        return stopwatch.Elapsed.TotalSeconds;
    }

    private static async Task<List<PacticipantRow>> CreateAsync(Stores stores, IEnumerable<string> names, CancellationToken cancellationToken)
    {
        var rows = new List<PacticipantRow>();
        foreach (var name in names)
        {
            var changes = new PacticipantChanges { Values = new Dictionary<string, string?> { ["mainBranch"] = "main" } };
            rows.Add((await stores.Pacticipants.SaveAsync(name, changes, cancellationToken)).Row);
        }

        return rows;
    }

    private static async Task<VersionRow> NewVersionAsync(Stores stores, PacticipantRow pacticipant, int step, CancellationToken cancellationToken)
    {
        var (version, _) = await stores.Versions.FindOrCreateAsync(pacticipant, HistoryShape.VersionNumber(pacticipant.Name, step), cancellationToken);
        var branch = HistoryShape.BranchAt(step);
        await stores.Branches.AddVersionAsync(version, branch, autoCreated: false, cancellationToken);
        await stores.Tags.AddAsync(version, branch, cancellationToken);
        return version;
    }

    // Content changes every tenth main version; each feature branch has content of its own.
    private async Task PublishAsync(
        Stores stores, int c, PacticipantRow consumer, List<PacticipantRow> providers, VersionRow version, int step, CancellationToken cancellationToken)
    {
        var main = HistoryShape.BranchAt(step) == "main";
        var variant = main ? $"main-{step / 10}" : HistoryShape.BranchAt(step);
        foreach (var p in shape.ProvidersOf(c))
        {
            var content = Content(consumer.Name, providers[p].Name, variant);
            var pact = await stores.Pacts.AddRevisionAsync(consumer.Id, providers[p].Id, version.Id, version.VersionOrder, content, 1, cancellationToken);
            await stores.Integrations.TouchAsync(consumer.Id, providers[p].Id, cancellationToken);
            (main ? _mainPacts : _featurePacts)[(c, p)] = pact;
        }
    }

    private PactContent Content(string consumer, string provider, string variant)
    {
        var key = $"{consumer}/{provider}/{variant}";
        if (!_contents.TryGetValue(key, out var content))
        {
            content = PactContent.FromStored(BenchPacts.Pact(consumer, provider, variant));
            _contents[key] = content;
        }

        return content;
    }

    // The newest main pact of each consumer, then feature-branch pacts, up to the results each provider version publishes
    // (early on, before there are feature branches, main pacts are verified twice, as a build that is run again does).
    private async Task VerifyAsync(Stores stores, int p, VersionRow version, int step, CancellationToken cancellationToken)
    {
        var consumers = shape.ConsumersOf(p).ToList();
        var candidates = consumers.Select(c => (Pact: _mainPacts.GetValueOrDefault((c, p)), Main: true))
            .Concat(Enumerable.Range(0, consumers.Count).Select(k => (Pact: _featurePacts.GetValueOrDefault((consumers[(step + k) % consumers.Count], p)), Main: false)))
            .Concat(consumers.Select(c => (Pact: _mainPacts.GetValueOrDefault((c, p)), Main: true)))
            .Where(candidate => candidate.Pact is not null)
            .Take(shape.VerificationsPerProviderVersion);
        foreach (var (pact, main) in candidates)
        {
            var success = _random.NextDouble() < (main ? 0.97 : 0.7);
            await stores.Verifications.AddAsync(new VerificationToStore(
                success, pact!.PactVersionId, pact.ConsumerId, pact.ProviderId, version.Id, $"https://ci.example.com/{version.PacticipantName}/{step}",
                null, Wip: false, PactPending: !main, null, null, "ContractTesting", "1.0.0", null), cancellationToken);
        }
    }

    // Every tenth main version goes to test and every fortieth to production; apps release to production instead.
    private async Task PlaceAsync(Stores stores, VersionRow version, int step, long test, long production, bool releases, CancellationToken cancellationToken)
    {
        if (HistoryShape.BranchAt(step) != "main")
        {
            return;
        }

        if (step % 10 == 8)
        {
            await stores.Deployments.RecordAsync(version, test, null, cancellationToken);
        }

        if (step % 40 != 38)
        {
            return;
        }

        if (!releases)
        {
            await stores.Deployments.RecordAsync(version, production, null, cancellationToken);
            return;
        }

        var supported = _releases.TryGetValue(version.PacticipantName, out var queue) ? queue : _releases[version.PacticipantName] = new();
        supported.Enqueue((await stores.Releases.RecordAsync(version, production, cancellationToken)).Row);
        if (supported.Count > 3)
        {
            await stores.Releases.EndSupportAsync(supported.Dequeue(), cancellationToken);
        }
    }

    private sealed class Stores(BrokerSession session, TimeProvider clock)
    {
        public EnvironmentStore Environments { get; } = new(session, clock);

        public PacticipantStore Pacticipants { get; } = new(session, clock);

        public VersionStore Versions { get; } = new(session, clock);

        public BranchStore Branches { get; } = new(session, clock);

        public TagStore Tags { get; } = new(session, clock);

        public PactStore Pacts { get; } = new(session, clock);

        public IntegrationStore Integrations { get; } = new(session, clock);

        public VerificationStore Verifications { get; } = new(session, clock);

        public DeployedVersionStore Deployments { get; } = new(session, clock);

        public ReleasedVersionStore Releases { get; } = new(session, clock);
    }
}
