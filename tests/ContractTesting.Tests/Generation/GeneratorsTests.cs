using ContractTesting.Generation;
using ContractTesting.Rules;

namespace ContractTesting.Tests.Generation;

public sealed class GeneratorsTests
{
    [Fact]
    public void Category_HeadersSpelledDifferently_AreOneCategory()
    {
        var generators = new Generators([
            new("Headers", [new(DocPath.Root.JoinField("A"), new RandomIntGenerator())]),
            new("header", [new(DocPath.Root.JoinField("B"), new UuidGenerator())]),
        ]);

        var header = generators.Category("HEADER");

        Assert.Equal(["$.A", "$.B"], header.Select(e => e.Key.Expression));
        Assert.Equal(["header"], generators.CategoryNames);
    }

    [Fact]
    public void With_SamePath_ReplacesGenerator()
    {
        var path = DocPath.Parse("$.id");
        var original = Generators.Empty.With("body", path, new RandomIntGenerator());

        var updated = original.With("body", path, new UuidGenerator());

        Assert.IsType<UuidGenerator>(Assert.Single(updated.Category("body")).Value);
        Assert.IsType<RandomIntGenerator>(Assert.Single(original.Category("body")).Value);
    }

    [Fact]
    public void With_OtherCategory_KeepsExistingOnes()
    {
        var generators = Generators.Empty.With("body", DocPath.Parse("$.id"), new RandomIntGenerator());

        var updated = generators.With("header", DocPath.Root.JoinField("X"), new UuidGenerator());

        Assert.Equal(["body", "header"], updated.CategoryNames.Order());
        Assert.False(updated.IsEmpty);
    }

    [Fact]
    public void Empty_Always_HasNoGenerators()
    {
        var generators = Generators.Empty;

        Assert.True(generators.IsEmpty);
        Assert.Empty(generators.CategoryNames);
        Assert.Empty(generators.Category("body"));
    }
}
