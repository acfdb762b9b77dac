using ContractTesting.Cli.Parsing;

namespace ContractTesting.Cli.Tests.Parsing;

public sealed class ArgumentParserTests
{
    private static readonly CommandSpec Spec = new("test", "A test command",
    [
        new("tag", "Tags") { Short = 't', Value = "TAG", Repeatable = true },
        new("latest", "Latest") { Short = 'l', Value = "TAG", ValueOptional = true, Repeatable = true },
        new("flag", "A flag"),
        new("url", "A URL") { Value = "URL", Environment = "TEST_URL" },
    ])
    {
        Positionals = new PositionalSpec("FILES", "Files", Required: false),
    };

    [Fact]
    public void Parse_MixedForms_KeepsTheOrderAndTheValues()
    {
        var parsed = Parse("--tag=a,b", "-tc", "file", "-l", "--latest", "main", "--flag", "--", "-odd");

        Assert.Equal(["tag", "tag", "latest", "latest", "flag"], parsed.Options.Select(o => o.Option.Name));
        Assert.Equal(["a", "b", "c"], parsed.List("tag"));
        Assert.Equal([null, "main"], parsed.Options.Where(o => o.Option.Name == "latest").Select(o => o.Value));
        Assert.Equal(["file", "-odd"], parsed.Positionals);
        Assert.True(parsed.Flag("flag"));
    }

    [Fact]
    public void Value_NotGiven_FallsBackToTheEnvironment()
    {
        var parsed = ArgumentParser.Parse(Spec, [], v => v == "TEST_URL" ? "http://from-env" : null)!;

        Assert.Equal("http://from-env", parsed.Value("url"));
        Assert.False(parsed.Given("url"));
    }

    [Theory]
    [InlineData("a value is required for '--url <URL>'", "--url")]
    [InlineData("cannot be used multiple times", "--url", "a", "--url", "b")]
    [InlineData("it takes no value", "--flag=yes")]
    [InlineData("unexpected argument '-z' found", "-z")]
    public void Parse_WrongArguments_ThrowsWithTheProblem(string problem, params string[] args)
    {
        var error = Assert.Throws<UsageException>(() => Parse(args));

        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Help_ReturnsNull() => Assert.Null(ArgumentParser.Parse(Spec, ["--tag", "x", "-h"], _ => null));

    private static ParsedCommand Parse(params string[] args) => ArgumentParser.Parse(Spec, args, _ => null)!;
}
