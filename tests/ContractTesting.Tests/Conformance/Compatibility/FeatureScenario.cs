using Gherkin;
using Gherkin.Ast;

namespace ContractTesting.Tests.Conformance.Compatibility;

/// <summary>A scenario of a compatibility-suite feature file, identified as <c>V3/http_matching.feature: Scenario name</c>.</summary>
/// <param name="Feature">The feature path, relative to the suite's <c>features</c> folder.</param>
/// <param name="Scenario">The scenario.</param>
/// <param name="Background">The steps of the backgrounds that run before it (the feature's, then its rule's).</param>
internal sealed record FeatureScenario(string Feature, Scenario Scenario, IReadOnlyList<Step> Background)
{
    public string Id => $"{Feature}: {Scenario.Name}";

    /// <summary>The background steps, then the scenario's own.</summary>
    public IEnumerable<Step> Steps => Background.Concat(Scenario.Steps);

    /// <summary>The scenarios of the given feature files (paths relative to the suite's <c>features</c> folder), skipping <c>@wip</c> ones.</summary>
    public static IEnumerable<FeatureScenario> Load(string featuresFolder, IEnumerable<string> features)
    {
        foreach (var feature in features)
        {
            var document = new Parser().Parse(Path.Combine(featuresFolder, feature));
            var featureBackground = BackgroundSteps(document.Feature.Children);
            foreach (var child in document.Feature.Children)
            {
                var (scenarios, background) = child is Rule rule
                    ? (rule.Children.OfType<Scenario>(), featureBackground.Concat(BackgroundSteps(rule.Children)).ToList())
                    : (child is Scenario single ? [single] : [], featureBackground);
                foreach (var scenario in scenarios.Where(s => !s.Tags.Any(t => t.Name == "@wip")))
                {
                    yield return new FeatureScenario(feature, scenario, background);
                }
            }
        }
    }

    private static List<Step> BackgroundSteps(IEnumerable<IHasLocation> children) =>
        [.. children.OfType<Background>().SelectMany(b => b.Steps)];
}
