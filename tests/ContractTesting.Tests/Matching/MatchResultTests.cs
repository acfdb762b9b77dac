using ContractTesting.Matching;

namespace ContractTesting.Tests.Matching;

public sealed class MatchResultTests
{
    private static readonly Mismatch Name = new(MismatchPart.Body, "$.name", "\"Ada\"", "\"Bob\"", "Expected 'Bob' (String) to be equal to 'Ada' (String)");
    private static readonly Mismatch Method = new(MismatchPart.Method, string.Empty, "GET", "POST", "Expected method GET but received POST");

    [Fact]
    public void Matched_NoMismatches_IsTrue()
    {
        var result = new MatchResult([]);

        Assert.True(result.Matched);
        Assert.Empty(result.Mismatches);
    }

    [Fact]
    public void Matched_AnyMismatch_IsFalse()
    {
        var result = new MatchResult([Name]);

        Assert.False(result.Matched);
    }

    [Fact]
    public void Success_HasNoMismatches()
    {
        Assert.True(MatchResult.Success.Matched);
        Assert.Equal("matched", MatchResult.Success.ToString());
    }

    [Fact]
    public void ToString_NoMismatches_SaysMatched()
    {
        var text = new MatchResult([]).ToString();

        Assert.Equal("matched", text);
    }

    [Fact]
    public void ToString_OneMismatch_UsesTheSingular()
    {
        var text = new MatchResult([Name]).ToString();

        Assert.Equal("1 mismatch:\n  - body $.name: Expected 'Bob' (String) to be equal to 'Ada' (String)", text);
    }

    [Fact]
    public void ToString_SeveralMismatches_ListsEachOnItsOwnLineInOrder()
    {
        var text = new MatchResult([Method, Name]).ToString();

        Assert.Equal(
            "2 mismatches:\n  - method: Expected method GET but received POST\n  - body $.name: Expected 'Bob' (String) to be equal to 'Ada' (String)",
            text);
    }

    [Fact]
    public void Constructor_IdenticalMismatches_KeepsOne()
    {
        var copy = Name with { };

        var result = new MatchResult([Name, Method, copy]);

        Assert.Equal([Name, Method], result.Mismatches);
    }

    [Fact]
    public void Constructor_MismatchesDifferingOnlyInMessage_KeepsBoth()
    {
        var other = Name with { Message = "Expected 'Bob' to match '[A-Z]{3}'" };

        var result = new MatchResult([Name, other]);

        Assert.Equal(2, result.Mismatches.Count);
    }

    [Fact]
    public void Constructor_MismatchesDifferingOnlyInLocation_KeepsBoth()
    {
        var other = Name with { Location = "$.nickname" };

        var result = new MatchResult([Name, other]);

        Assert.Equal(2, result.Mismatches.Count);
    }

    [Fact]
    public void Constructor_Null_ThrowsArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => new MatchResult(null!));
    }

    [Fact]
    public void Constructor_LaterChangesToTheSource_DoNotLeakIn()
    {
        var source = new List<Mismatch> { Name };

        var result = new MatchResult(source);
        source.Add(Method);

        Assert.Single(result.Mismatches);
    }
}
