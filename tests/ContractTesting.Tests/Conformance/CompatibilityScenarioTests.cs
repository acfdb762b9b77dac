using ContractTesting.Tests.Conformance.Compatibility;
using ContractTesting.Tests.Support;

namespace ContractTesting.Tests.Conformance;

/// <summary>
/// The scenarios of the Pact compatibility suite that drive the engine alone (matching and generators), each its own
/// test named <c>&lt;feature path&gt;: &lt;scenario name&gt;</c>.
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
    public void Scenario_PassesAsSpecified(string id)
    {
        var folder = ConformanceFolder.RequireFolder();
        Assert.NotEqual(Missing, id);
        var scenario = FeatureScenario.Load(FeaturesFolder(folder), Features).Single(s => s.Id == id);
        var world = new World(scenario.Feature, Path.Combine(folder, "pact-compatibility-suite", "fixtures"));

        StepLibrary.Run(scenario.Scenario, world);
    }

    private static string FeaturesFolder(string folder) => Path.Combine(folder, "pact-compatibility-suite", "features");
}
