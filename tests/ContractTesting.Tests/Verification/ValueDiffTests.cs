using ContractTesting.Verification;

namespace ContractTesting.Tests.Verification;

public sealed class ValueDiffTests
{
    [Fact]
    public void Of_JsonObjects_MarksTheChangedKeysAndKeepsTheRest()
    {
        const string expected = """{"name":"Ada","createdAt":"2024-05-01","id":1}""";
        const string actual = """{"id":1,"created_at":"2024-05-01","name":"Ada"}""";

        var diff = ValueDiff.Of(expected, actual);

        Assert.NotNull(diff);
        Assert.Equal(
            [
                (DiffLineKind.Same, "{"),
                (DiffLineKind.Expected, "  \"createdAt\": \"2024-05-01\","),
                (DiffLineKind.Actual, "  \"created_at\": \"2024-05-01\","),
                (DiffLineKind.Same, "  \"id\": 1,"),
                (DiffLineKind.Same, "  \"name\": \"Ada\""),
                (DiffLineKind.Same, "}"),
            ],
            diff.Select(l => (l.Kind, l.Text)));
    }

    [Theory]
    [InlineData("\"Ada\"", "\"Bob\"")]
    [InlineData("201", "200")]
    [InlineData(null, "x")]
    [InlineData("{\"a\":1}", null)]
    [InlineData("{\"a\":1}", "{\"a\":1}")]
    public void Of_SingleLineMissingOrEqualValues_IsNull(string? expected, string? actual)
    {
        var diff = ValueDiff.Of(expected, actual);

        Assert.Null(diff);
    }

    [Fact]
    public void Of_LongUnchangedRuns_AreLeftOutWithACount()
    {
        var expected = "[" + string.Join(",", Enumerable.Range(1, 20)) + "]";
        var actual = "[" + string.Join(",", Enumerable.Range(1, 20).Select(i => i == 10 ? 99 : i)) + "]";

        var diff = ValueDiff.Of(expected, actual)!;

        Assert.Equal(
            ["… 8 unchanged lines", "  8,", "  9,", "-  10,", "+  99,", "  11,", "  12,", "… 9 unchanged lines"],
            diff.Select(l => l.Kind switch { DiffLineKind.Expected => "-" + l.Text, DiffLineKind.Actual => "+" + l.Text, _ => l.Text }));
    }

    [Fact]
    public void Of_MultiLineText_IsDiffedByLine()
    {
        var diff = ValueDiff.Of("one\ntwo\nthree", "one\r\n2\r\nthree")!;

        Assert.Equal([DiffLineKind.Same, DiffLineKind.Expected, DiffLineKind.Actual, DiffLineKind.Same], diff.Select(l => l.Kind));
    }

    [Fact]
    public void Of_HugeDiff_IsCutWithACountOfWhatIsLeft()
    {
        var expected = "[" + string.Join(",", Enumerable.Range(0, 100)) + "]";
        var actual = "[" + string.Join(",", Enumerable.Range(1000, 100)) + "]";

        var diff = ValueDiff.Of(expected, actual)!;

        Assert.Equal(60, diff.Count);
        Assert.Equal(DiffLineKind.Skipped, diff[^1].Kind);
        Assert.Equal("… 143 more lines", diff[^1].Text);
    }
}
