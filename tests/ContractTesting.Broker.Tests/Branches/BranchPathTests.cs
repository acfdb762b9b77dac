using ContractTesting.Broker.Branches;

namespace ContractTesting.Broker.Tests.Branches;

public sealed class BranchPathTests
{
    [Theory]
    [InlineData("main", "main", null, false)]
    [InlineData("feat/x/versions/1.0.0", "feat/x", "1.0.0", false)]
    [InlineData("feat%2Fx/versions/1.0.0", "feat/x", "1.0.0", false)]
    [InlineData("a/versions/b/versions/3", "a/versions/b", "3", false)]
    [InlineData("feat/x/latest-version", "feat/x", null, true)]
    [InlineData("feat%2fx", "feat/x", null, false)]
    public void Parse_Path_SplitsAtTheLastVersionsSegment(string rest, string branch, string? version, bool latest)
    {
        var path = BranchPath.Parse(rest);

        Assert.Equal(new BranchPath(branch, version, latest), path);
    }

    [Fact]
    public void Parse_Empty_IsNull()
    {
        var path = BranchPath.Parse("/");

        Assert.Null(path);
    }
}
