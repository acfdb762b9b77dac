using ContractTesting.Tests.Support;

namespace ContractTesting.Tests.Conformance;

/// <summary>
/// Every JSON case of the Pact specification (../shared/conformance/pact-specification), each its own test named
/// after the case's path.
/// </summary>
public sealed class SpecificationCaseTests
{
    private const string Missing = "(conformance folder missing)";

    public static IEnumerable<TheoryDataRow<string>> Cases()
    {
        if (ConformanceFolder.Folder is not { } folder)
        {
            return [new TheoryDataRow<string>(Missing) { TestDisplayName = Missing }];
        }

        var root = Path.Combine(folder, "pact-specification");
        return Directory.EnumerateFiles(root, "*.json", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(root, file)[..^".json".Length].Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .Select(name => new TheoryDataRow<string>(name) { TestDisplayName = name })
            .ToList();
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_MatchesAsSpecified(string name)
    {
        var folder = Path.Combine(ConformanceFolder.RequireFolder(), "pact-specification");
        Assert.NotEqual(Missing, name);
        var testCase = SpecificationCase.Load(folder, name);

        var result = testCase.Run();

        Assert.True(result.Matched == testCase.ShouldMatch,
            $"{name} ({testCase.Comment}): expected {(testCase.ShouldMatch ? "a match" : "a mismatch")} but got {result}");
    }
}
