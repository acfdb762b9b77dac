namespace ContractTesting.BrokerBench;

/// <summary>
/// The size of the seeded history: half the pacticipants are consumers, half providers; each consumer has pacts with
/// <see cref="ProvidersPerConsumer"/> providers; versions are shared out evenly and made step by step, every
/// pacticipant one version per step; each provider version publishes the same number of verification results.
/// </summary>
internal sealed record HistoryShape(string Name, int Pacticipants, int Versions, int Verifications)
{
    public const int ProvidersPerConsumer = 3;

    /// <summary>The size the aims are set at: 50 pacticipants, 100,000 versions, 200,000 verification results.</summary>
    public static HistoryShape Full { get; } = new("full", 50, 100_000, 200_000);

    /// <summary>A small history that runs in about a minute, to check the harness.</summary>
    public static HistoryShape Smoke { get; } = new("smoke", 10, 2_000, 4_000);

    public int Consumers => Pacticipants / 2;

    public int Providers => Pacticipants - Consumers;

    /// <summary>The versions of each pacticipant (the number of steps).</summary>
    public int Steps => Versions / Pacticipants;

    /// <summary>The verification results each provider version publishes.</summary>
    public int VerificationsPerProviderVersion => Verifications / (Providers * Steps);

    public static string ConsumerName(int index) => $"Consumer{index + 1:D2}";

    public static string ProviderName(int index) => $"Provider{index + 1:D2}";

    /// <summary>The providers (indexes) of a consumer.</summary>
    public IEnumerable<int> ProvidersOf(int consumer) => Enumerable.Range(0, ProvidersPerConsumer).Select(k => (consumer + k) % Providers);

    /// <summary>The consumers (indexes) of a provider.</summary>
    public IEnumerable<int> ConsumersOf(int provider) =>
        Enumerable.Range(0, ProvidersPerConsumer).Select(k => ((provider - k) % Consumers + Consumers) % Consumers);

    /// <summary>
    /// The last step on main: there every pacticipant's version is verified (providers verify the heads of main in the
    /// step they are made) and deployed to production, so can-i-deploy asks about versions a release gate would.
    /// </summary>
    public int LastMainStep => Enumerable.Range(0, Steps).Last(step => BranchAt(step) == "main");

    /// <summary>Three versions in four are on main; the fourth goes to a feature branch that gets three of them.</summary>
    public static string BranchAt(int step) => step % 4 == 3 ? $"feat/change-{step / 12}" : "main";

    /// <summary>A commit-like version number, unique per pacticipant and step.</summary>
    public static string VersionNumber(string pacticipant, int step)
    {
        // FNV-1a: the same numbers in every run (string.GetHashCode is randomised per process).
        var hash = 2166136261u;
        foreach (var c in $"{pacticipant}/{step}")
        {
            hash = (hash ^ c) * 16777619u;
        }

        return $"{step / 100}.{step % 100}.0+{hash:x8}";
    }
}
