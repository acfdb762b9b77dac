using ContractTesting.Generation.Sampling;

namespace ContractTesting.Tests.Generation.Sampling;

public sealed class CharPoolTests
{
    [Fact]
    public void Build_OverlappingRanges_WeighsEachCharacterOnce()
    {
        var pool = CharPool.Build([new CharRange('a', 'c'), new CharRange('b', 'd'), CharRange.Single('a')], _ => true);
        var random = new Random(11);

        var picked = Enumerable.Range(0, 400).Select(_ => pool.Pick(random)).GroupBy(value => value).ToDictionary(group => group.Key, group => group.Count());

        Assert.Equal(['a', 'b', 'c', 'd'], picked.Keys.Order());
        Assert.All(picked.Values, count => Assert.InRange(count, 60, 140));
    }

    [Fact]
    public void Build_WholeRangeUpToMaxValue_Terminates()
    {
        var pool = CharPool.Build([CharRange.All], value => value == char.MaxValue);

        var picked = pool.Pick(new Random(1));

        Assert.Equal(char.MaxValue, picked);
    }

    [Fact]
    public void Build_NothingKept_IsEmpty()
    {
        var pool = CharPool.Build([CharRange.PrintableAscii], _ => false);

        Assert.True(pool.IsEmpty);
    }
}
