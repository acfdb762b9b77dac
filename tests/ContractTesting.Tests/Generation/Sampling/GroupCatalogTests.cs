using ContractTesting.Generation.Sampling;

namespace ContractTesting.Tests.Generation.Sampling;

public sealed class GroupCatalogTests
{
    [Fact]
    public void TryGetNumber_NamedGroups_NumberedAfterUnnamedOnes()
    {
        var catalog = new GroupCatalog(unnamedCount: 2, explicitNumbers: [], names: ["year", "month"]);

        var foundYear = catalog.TryGetNumber("year", out var year);
        var foundMonth = catalog.TryGetNumber("month", out var month);

        Assert.True(foundYear && foundMonth);
        Assert.Equal(3, year);
        Assert.Equal(4, month);
    }

    [Fact]
    public void TryGetNumber_ExplicitNumberTaken_SkipsIt()
    {
        var catalog = new GroupCatalog(unnamedCount: 1, explicitNumbers: [2], names: ["name", "name"]);

        var found = catalog.TryGetNumber("name", out var number);

        Assert.True(found);
        Assert.Equal(3, number);
        Assert.True(catalog.HasNumber(2));
        Assert.False(catalog.HasNumber(4));
    }

    [Fact]
    public void TryGetNumber_UnknownName_ReturnsFalse()
    {
        var catalog = new GroupCatalog(unnamedCount: 1, explicitNumbers: [], names: []);

        var found = catalog.TryGetNumber("missing", out _);

        Assert.False(found);
    }
}
