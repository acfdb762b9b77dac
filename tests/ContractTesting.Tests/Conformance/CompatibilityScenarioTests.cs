using ContractTesting.Tests.Conformance.Compatibility;
using ContractTesting.Tests.Support;

namespace ContractTesting.Tests.Conformance;

/// <summary>
/// The scenarios of the Pact compatibility suite for the engine (matching and generators), the consumer side (mock
/// server, pact writing, consumer DSL) and messages (consumer and provider), each its own test named
/// <c>&lt;feature path&gt;: &lt;scenario name&gt;</c>.
/// </summary>
public sealed class CompatibilityScenarioTests
{
    private const string Missing = "(conformance folder missing)";

    private static readonly string[] Features =
    [
        "V3/http_matching.feature",
        "V3/matching_rules.feature",
        "V3/generators.feature",
        "V4/matching_rules.feature",
        "V4/generators.feature",
        "V1/http_consumer.feature",
        "V2/http_consumer.feature",
        "V3/http_consumer.feature",
        "V3/http_generators.feature",
        "V4/http_consumer.feature",
        "V1/http_provider.feature",
        "V2/http_provider.feature",
        "V3/http_provider.feature",
        "V4/http_provider.feature",
        "V3/message_consumer.feature",
        "V3/message_provider.feature",
        "V4/message_consumer.feature",
        "V4/message_provider.feature",
        "V4/synchronous_message_consumer.feature",
        "V4/v4.feature",
    ];

    public static IEnumerable<TheoryDataRow<string>> Scenarios()
    {
        if (ConformanceFolder.Folder is not { } folder)
        {
            return [new TheoryDataRow<string>(Missing) { TestDisplayName = Missing }];
        }

        return FeatureScenario.Load(FeaturesFolder(folder), Features)
            .Select(s => new TheoryDataRow<string>(s.Id) { TestDisplayName = s.Id })
            .ToList();
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task Scenario_PassesAsSpecified(string id)
    {
        var folder = ConformanceFolder.RequireFolder();
        Assert.NotEqual(Missing, id);
        var scenario = FeatureScenario.Load(FeaturesFolder(folder), Features).Single(s => s.Id == id);
        await using var world = new World(scenario.Feature, Path.Combine(folder, "pact-compatibility-suite", "fixtures"));

        await StepLibrary.RunAsync(scenario.Steps, world);
    }

    private static string FeaturesFolder(string folder) => Path.Combine(folder, "pact-compatibility-suite", "features");
}
