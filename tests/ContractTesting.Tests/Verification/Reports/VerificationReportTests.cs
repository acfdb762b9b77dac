using System.Text;
using System.Xml.Linq;
using ContractTesting.Matching;
using ContractTesting.Tests.Support;
using ContractTesting.Verification.Reports;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Tests.Verification.Reports;

public sealed class VerificationReportTests
{
    private static readonly string[] CountAttributes = ["tests", "failures", "errors", "skipped"];
    private static readonly string[] MismatchKeys = ["part", "location", "message"];

    [Theory]
    [InlineData(VerificationReportFormat.JUnit, "reports/mixed.junit.xml")]
    [InlineData(VerificationReportFormat.Json, "reports/mixed.json")]
    [InlineData(VerificationReportFormat.Markdown, "reports/mixed.md")]
    public void Render_MixedResult_MatchesGoldenFile(VerificationReportFormat format, string golden)
    {
        var result = SampleResults.Mixed();

        var text = VerificationReport.Render(result, format);

        Golden.Verify(golden, text);
    }

    [Theory]
    [InlineData(VerificationReportFormat.JUnit)]
    [InlineData(VerificationReportFormat.Json)]
    [InlineData(VerificationReportFormat.Markdown)]
    public void Render_SameResultTwice_GivesTheSameText(VerificationReportFormat format)
    {
        var first = VerificationReport.Render(SampleResults.Mixed(), format);

        var second = VerificationReport.Render(SampleResults.Mixed(), format);

        Assert.Equal(first, second);
        Assert.DoesNotContain('\r', first);
        Assert.EndsWith("\n", first, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_UnknownFormat_Throws()
    {
        var result = SampleResults.Mixed();

        var thrown = Assert.Throws<ArgumentOutOfRangeException>(() => VerificationReport.Render(result, (VerificationReportFormat)42));

        Assert.Equal("format", thrown.ParamName);
    }

    [Fact]
    public async Task WriteAsync_Path_CreatesTheFolderAndLeavesNoTemporaryFile()
    {
        using var folder = new TempPactFolder();
        var path = Path.Combine(folder.Path, "reports", "verification.xml");

        await VerificationReport.WriteAsync(SampleResults.Mixed(), VerificationReportFormat.JUnit, path, TestContext.Current.CancellationToken);

        Assert.Equal(VerificationReport.Render(SampleResults.Mixed(), VerificationReportFormat.JUnit), await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken));
        Assert.Equal([path], Directory.GetFiles(Path.GetDirectoryName(path)!));
    }

    [Fact]
    public async Task WriteAsync_ExistingFile_IsReplacedWhole()
    {
        using var folder = new TempPactFolder();
        var path = Path.Combine(folder.Path, "verification.md");
        await File.WriteAllTextAsync(path, new string('x', 100_000), TestContext.Current.CancellationToken);

        await VerificationReport.WriteAsync(SampleResults.Mixed(), VerificationReportFormat.Markdown, path, TestContext.Current.CancellationToken);

        Assert.Equal(VerificationReport.Render(SampleResults.Mixed(), VerificationReportFormat.Markdown), await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task WriteAsync_Stream_WritesUtf8WithoutByteOrderMarkAndLeavesItOpen()
    {
        using var stream = new MemoryStream();

        await VerificationReport.WriteAsync(SampleResults.Mixed(), VerificationReportFormat.Json, stream, TestContext.Current.CancellationToken);

        Assert.True(stream.CanWrite);
        var bytes = stream.ToArray();
        Assert.Equal((byte)'{', bytes[0]);
        Assert.Equal(VerificationReport.Render(SampleResults.Mixed(), VerificationReportFormat.Json), Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public void Render_JUnit_HasASuitePerPactAndACasePerInteraction()
    {
        var xml = XDocument.Parse(VerificationReport.Render(SampleResults.Mixed(), VerificationReportFormat.JUnit));

        var root = xml.Root!;
        Assert.Equal("testsuites", root.Name.LocalName);
        Assert.Equal(["6", "2", "1", "1"], CountAttributes.Select(a => root.Attribute(a)!.Value));
        var suites = root.Elements("testsuite").ToList();
        Assert.Equal(["OrderService → UserService", "BillingService → UserService", "UserService: verification run"], suites.Select(s => s.Attribute("name")!.Value));
        var cases = suites[0].Elements("testcase").ToList();
        Assert.Equal(5, cases.Count);
        Assert.Equal("a request for user 1 (given a user with ID 1 exists)", cases[0].Attribute("name")!.Value);
        Assert.Equal("0.013", cases[0].Attribute("time")!.Value);
        Assert.Empty(cases[0].Elements());
        var failure = Assert.Single(cases[1].Elements("failure"));
        Assert.Equal("body $: Actual map is missing the following keys: createdAt", failure.Attribute("message")!.Value);
        Assert.Contains("-   \"createdAt\": \"2024-05-01T10:15:30Z\",", failure.Value, StringComparison.Ordinal);
        Assert.Contains("could not be set up: disk full", Assert.Single(cases[3].Elements("error")).Value, StringComparison.Ordinal);
        var skipped = Assert.Single(cases[4].Elements("skipped"));
        Assert.StartsWith("Pending interaction failed; it does not fail the verification: header Content-Type", skipped.Attribute("message")!.Value, StringComparison.Ordinal);
        Assert.Contains("image/jpeg", cases[4].Element("system-out")!.Value, StringComparison.Ordinal);
        Assert.Empty(suites[2].Elements("testcase"));
        Assert.Contains("not published", suites[2].Element("system-out")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_JUnitWithRunErrors_ReportsTheRunAsAnErroredCase()
    {
        var result = SampleResults.Mixed() with { Pacts = [], Errors = ["No pacts were found for provider 'UserService'."] };

        var xml = XDocument.Parse(VerificationReport.Render(result, VerificationReportFormat.JUnit));

        Assert.Equal("1", xml.Root!.Attribute("errors")!.Value);
        var error = xml.Descendants("testcase").Single().Element("error")!;
        Assert.Equal("No pacts were found for provider 'UserService'.", error.Attribute("message")!.Value);
    }

    [Fact]
    public void Render_JUnitWithHostileText_IsWellFormedAndKeepsTheTextVisible()
    {
        // Controls XML 1.0 cannot hold, markup, a CDATA end, unpaired surrogates and non-characters, and a real pair.
        string[] texts = ["tab\tbell\u0007 escape\u001B[31m null\0 end", "<tag attr=\"x\"> & ]]> '", "lone \uD800 and \uDC00 and \uFFFE, a pair 😀"];
        string[] visible = ["tab\tbell\\u0007 escape\\u001B[31m null\\u0000 end", "<tag attr=\"x\"> & ]]> '", "lone \\uD800 and \\uDC00 and \\uFFFE, a pair 😀"];

        var names = texts.Select(text => XDocument.Parse(VerificationReport.Render(SampleResults.WithText(text), VerificationReportFormat.JUnit)))
            .Select(xml => xml.Descendants("testcase").First().Attribute("name")!.Value)
            .ToList();

        Assert.Equal(visible.Select(v => $"{v} (given {v})"), names);
    }

    [Fact]
    public void Render_Json_ParsesBackWithEveryInteraction()
    {
        var json = JObject.Parse(VerificationReport.Render(SampleResults.Mixed(), VerificationReportFormat.Json));

        Assert.Equal(1, json.Value<int>("schemaVersion"));
        Assert.Equal("UserService", json.Value<string>("provider"));
        Assert.False(json.Value<bool>("passed"));
        Assert.Equal(3, json["counts"]!.Value<int>("failed"));
        var pacts = (JArray)json["pacts"]!;
        Assert.Equal(["OrderService", "BillingService"], pacts.Select(p => p.Value<string>("consumer")));
        var interactions = (JArray)pacts[0]["interactions"]!;
        Assert.Equal(["passed", "failed", "failed", "failed", "failed"], interactions.Select(i => i.Value<string>("status")));
        Assert.Equal([false, true, true, true, false], interactions.Select(i => i.Value<bool>("failsVerification")));
        Assert.Equal(1, interactions[0]["providerStates"]![0]!["params"]!.Value<int>("id"));
        var mismatch = interactions[1]["mismatches"]![0]!;
        Assert.Equal(["body", "$", "Actual map is missing the following keys: createdAt"], MismatchKeys.Select(k => mismatch.Value<string>(k)));
        Assert.Equal(0.02025, interactions[1].Value<double>("durationSeconds"), 6);
        Assert.Equal("b1", pacts[1]["interactions"]![0]!.Value<string>("interactionId"));
        Assert.True(pacts[1].Value<bool>("pending"));
    }

    [Fact]
    public void Render_JsonBodyContentTypeMismatch_NamesThePartInCamelCase()
    {
        var result = SampleResults.WithText("x");
        var pact = result.Pacts[0];
        var changed = pact.Interactions[0] with { Mismatches = [new(MismatchPart.BodyContentType, string.Empty, "application/json", "text/plain", "wrong type")] };
        result = result with { Pacts = [pact with { Interactions = [changed] }] };

        var json = JObject.Parse(VerificationReport.Render(result, VerificationReportFormat.Json));

        Assert.Equal("bodyContentType", json["pacts"]![0]!["interactions"]![0]!["mismatches"]![0]!.Value<string>("part"));
    }

    [Fact]
    public void Render_Json_HostileTextRoundTrips()
    {
        const string text = "quote \" backslash \\ newline \n escape \u001B end";

        var json = JObject.Parse(VerificationReport.Render(SampleResults.WithText(text), VerificationReportFormat.Json));

        Assert.Equal(text, json["pacts"]![0]!["interactions"]![0]!.Value<string>("description"));
        Assert.Equal(text, json.Value<JArray>("errors")![0]!.Value<string>());
    }

    [Fact]
    public void Render_MarkdownWithPipesAndMarkup_KeepsTheTableAndEscapesTheText()
    {
        var result = SampleResults.WithText("a | b *bold* <b>html</b> `code` [link](x)");

        var markdown = VerificationReport.Render(result, VerificationReportFormat.Markdown);

        var row = markdown.Split('\n').Single(l => l.StartsWith("| OrderService", StringComparison.Ordinal));
        Assert.Equal(7, row.Count(c => c == '|'));
        Assert.Contains(@"### ❌ OrderService → UserService: a \| b \*bold\* \<b\>html\</b\> \`code\` \[link\](x)", markdown, StringComparison.Ordinal);
        Assert.Contains("- **body** ``$.a | b *bold* <b>html</b> `code` [link](x)``:", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_MarkdownWithManyFailures_ShowsTheFirstFiftyAndCountsTheRest()
    {
        var result = SampleResults.WithText("x");
        var failed = result.Pacts[0].Interactions[0];
        var many = Enumerable.Range(0, 60).Select(i => failed with { Interaction = SampleResults.Interaction($"failure {i}") }).ToList();
        result = result with { Pacts = [result.Pacts[0] with { Interactions = many }] };

        var markdown = VerificationReport.Render(result, VerificationReportFormat.Markdown);

        var sections = markdown.Split('\n').Where(l => l.StartsWith("### ", StringComparison.Ordinal)).ToList();
        Assert.Equal(50, sections.Count);
        Assert.EndsWith("failure 49", sections[^1], StringComparison.Ordinal);
        Assert.Contains("_10 more failed interactions are not shown here; the JUnit and JSON reports have them all._", markdown, StringComparison.Ordinal);
    }
}
