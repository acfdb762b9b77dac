using Gherkin;
using Gherkin.Ast;

namespace ContractTesting.Tests.Conformance.Compatibility;

/// <summary>A scenario of a compatibility-suite feature file, identified as <c>V3/http_matching.feature: Scenario name</c>.</summary>
internal sealed record FeatureScenario(string Feature, Scenario Scenario)
{
    public string Id => $"{Feature}: {Scenario.Name}";

    /// <summary>The scenarios of the given feature files (paths relative to the suite's <c>features</c> folder), skipping <c>@wip</c> ones.</summary>
    public static IEnumerable<FeatureScenario> Load(string featuresFolder, IEnumerable<string> features)
    {
        foreach (var feature in features)
        {
            var document = new Parser().Parse(Path.Combine(featuresFolder, feature));
            var scenarios = document.Feature.Children
                .SelectMany(child => child is Rule rule ? rule.Children : [child])
                .OfType<Scenario>()
                .Where(s => !s.Tags.Any(t => t.Name == "@wip"));
            foreach (var scenario in scenarios)
            {
                yield return new FeatureScenario(feature, scenario);
            }
        }
    }
}
