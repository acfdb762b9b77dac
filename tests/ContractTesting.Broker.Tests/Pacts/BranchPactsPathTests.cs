using ContractTesting.Broker.Pacts;

namespace ContractTesting.Broker.Tests.Pacts;

public sealed class BranchPactsPathTests
{
    [Theory]
    [InlineData(null, null, false)]
    [InlineData("latest", null, true)]
    [InlineData("feat/x", "feat/x", false)]
    [InlineData("feat%2Fx", "feat/x", false)]
    [InlineData("feat/x/latest", "feat/x", true)]
    [InlineData("versions", "versions", false)]
    [InlineData("feat/x/latest/versions", "feat/x/latest/versions", false)]
    public void Parse_ProviderPath_ReadsTheBranchAndATrailingLatest(string? rest, string? branch, bool latest)
    {
        var path = BranchPactsPath.Parse(rest, versionsSuffix: false);

        Assert.Equal(new BranchPactsPath(branch, latest), path);
    }

    [Theory]
    [InlineData("versions", null, false)]
    [InlineData("latest/versions", null, true)]
    [InlineData("feat/x/latest/versions", "feat/x", true)]
    [InlineData("mylatest/versions", "mylatest/versions", false)]
    [InlineData("feat/x", "feat/x", false)]
    public void Parse_ConsumerPath_AlsoAcceptsTheIndexVersionsSuffix(string rest, string? branch, bool latest)
    {
        var path = BranchPactsPath.Parse(rest, versionsSuffix: true);

        Assert.Equal(new BranchPactsPath(branch, latest), path);
    }
}
