using ContractTesting.Models;
using ContractTesting.PactFiles;
using ContractTesting.Tests.Support;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Tests.Consumer;

/// <summary>
/// Passing tests' interactions are checked at once against the pact file and the run, and written once: when the
/// process exits or at <see cref="Contract.WritePactFilesAsync"/>.
/// </summary>
public sealed partial class ContractBuilderTests
{
    [Fact]
    public async Task VerifyAsync_PassingTest_WritesTheFileAtWritePactFilesAsyncNotBefore()
    {
        using var folder = new TempPactFolder();
        using var contract = Contract.Between(ConsumerRun.ConsumerName, ConsumerRun.ProviderName, folder.Options());
        DefineGetUser(contract);

        await contract.VerifyAsync(GetUserAsync, TestContext.Current.CancellationToken);
        var writtenBefore = File.Exists(folder.FileOf());
        await Contract.WritePactFilesAsync(TestContext.Current.CancellationToken);

        Assert.False(writtenBefore);
        Assert.Equal(["a request for user 1"], WrittenPact.Load(folder.FileOf()).Descriptions);
    }

    [Fact]
    public async Task DiscardUnderAsync_PendingFileInAFolderAboutToBeDeleted_IsNeverWrittenNorIsTheFolderRecreated()
    {
        var folder = new TempPactFolder();
        using (var contract = Contract.Between(ConsumerRun.ConsumerName, ConsumerRun.ProviderName, folder.Options()))
        {
            DefineGetUser(contract);
            await contract.VerifyAsync(GetUserAsync, TestContext.Current.CancellationToken);
        }

        folder.Dispose();
        await Contract.WritePactFilesAsync(TestContext.Current.CancellationToken);

        Assert.False(Directory.Exists(folder.Path));
    }

    [Fact]
    public async Task VerifyAsync_MergeModeInteractionChangedSinceTheFileWasWritten_ThrowsInThatTest()
    {
        using var folder = new TempPactFolder();
        var earlier = SamplePacts.Get("a request for user 1", "/users/1") with
        {
            ProviderStates = [new ProviderState("a user with ID 1 exists", new Dictionary<string, JToken> { ["id"] = 1 })],
        };
        PactFile.Write(SamplePacts.Of(earlier), folder.FileOf());
        var before = await File.ReadAllTextAsync(folder.FileOf(), TestContext.Current.CancellationToken);
        using var contract = Contract.Between(ConsumerRun.ConsumerName, ConsumerRun.ProviderName, folder.Options());
        DefineGetUser(contract);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => contract.VerifyAsync(GetUserAsync, TestContext.Current.CancellationToken));

        Assert.Contains("'a request for user 1'", error.Message, StringComparison.Ordinal);
        Assert.Contains("different content", error.Message, StringComparison.Ordinal);
        TempPactFolder.WritePending();
        Assert.Equal(before, await File.ReadAllTextAsync(folder.FileOf(), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task VerifyAsync_TwoTestsDefineOneInteractionDifferently_SecondThrows()
    {
        using var folder = new TempPactFolder();
        using (var first = Contract.Between(ConsumerRun.ConsumerName, ConsumerRun.ProviderName, folder.Options()))
        {
            DefineGetUser(first);
            await first.VerifyAsync(GetUserAsync, TestContext.Current.CancellationToken);
        }

        using var second = Contract.Between(ConsumerRun.ConsumerName, ConsumerRun.ProviderName, folder.Options());
        second.UponReceiving("a request for user 1").Given("a user with ID 1 exists", new { id = 1 })
            .WithRequest(HttpMethod.Get, "/users/1").WillRespond().WithStatus(404);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => second.VerifyAsync(
            async context =>
            {
                using var client = context.CreateHttpClient();
                using var response = await client.GetAsync(new Uri("users/1", UriKind.Relative), TestContext.Current.CancellationToken);
            },
            TestContext.Current.CancellationToken));

        Assert.Contains("different content", error.Message, StringComparison.Ordinal);
        Assert.Equal(200, folder.Read().Http().Response.Status);
    }

    [Fact]
    public async Task VerifyAsync_OneFileWithTwoModes_ThrowsNamingBoth()
    {
        using var folder = new TempPactFolder();
        using (var merging = Contract.Between(ConsumerRun.ConsumerName, ConsumerRun.ProviderName, folder.Options()))
        {
            DefineGetUser(merging);
            await merging.VerifyAsync(GetUserAsync, TestContext.Current.CancellationToken);
        }

        using var fresh = Contract.Between(ConsumerRun.ConsumerName, ConsumerRun.ProviderName, folder.Options(new ContractOptions { FileMode = PactFileMode.FreshRun }));
        DefineGetUser(fresh);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => fresh.VerifyAsync(GetUserAsync, TestContext.Current.CancellationToken));

        Assert.Contains("PactFileMode.Merge", error.Message, StringComparison.Ordinal);
        Assert.Contains("FreshRun", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProcessExit_TestsNeverWroteTheFile_ProcessWritesItAsItExits()
    {
        using var folder = new TempPactFolder();

        using var probe = PactMergeProbeProcess.StartConsumer(folder.FileOf(), "exit", 5, PactFileMode.Merge);
        await PactMergeProbeProcess.AssertSucceedsAsync(probe, TestContext.Current.CancellationToken);

        Assert.Equal(["exit 0", "exit 1", "exit 2", "exit 3", "exit 4"], WrittenPact.Load(folder.FileOf()).Descriptions);
    }

    [Fact]
    public async Task ProcessExit_TwoProcessesAtOnce_FileHoldsBoth()
    {
        using var folder = new TempPactFolder();

        using var left = PactMergeProbeProcess.StartConsumer(folder.FileOf(), "left", 3, PactFileMode.Merge);
        using var right = PactMergeProbeProcess.StartConsumer(folder.FileOf(), "right", 3, PactFileMode.Merge);
        await Task.WhenAll(
            PactMergeProbeProcess.AssertSucceedsAsync(left, TestContext.Current.CancellationToken),
            PactMergeProbeProcess.AssertSucceedsAsync(right, TestContext.Current.CancellationToken));

        Assert.Equal(["left 0", "left 1", "left 2", "right 0", "right 1", "right 2"], WrittenPact.Load(folder.FileOf()).Descriptions);
    }

    [Fact]
    public async Task ProcessExit_AnotherProcessChangedAnInteraction_FailsTheProcessAndKeepsTheFile()
    {
        using var folder = new TempPactFolder();

        using var probe = PactMergeProbeProcess.StartConsumer(folder.FileOf(), "clash", 2, PactFileMode.Merge, conflict: true);
        var (exitCode, errors) = await PactMergeProbeProcess.WaitAsync(probe, TestContext.Current.CancellationToken);

        Assert.Equal(1, exitCode);
        Assert.Contains("the pact files could not be written", errors, StringComparison.Ordinal);
        Assert.Contains("'clash 0'", errors, StringComparison.Ordinal);
        var kept = Assert.IsType<HttpInteraction>(Assert.Single(WrittenPact.Load(folder.FileOf()).Pact.Interactions));
        Assert.Equal("/changed-by-another-process", kept.Request.Path);
    }
}
