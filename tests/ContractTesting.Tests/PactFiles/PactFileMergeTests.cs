using System.Text;
using ContractTesting.Models;
using ContractTesting.PactFiles;
using ContractTesting.Tests.Support;

namespace ContractTesting.Tests.PactFiles;

public sealed partial class PactFileMergeTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task MergeAsync_NoFileYet_CreatesFolderAndWritesInteractions()
    {
        using var folder = new TempPactFolder();
        var path = Path.Combine(folder.Path, "nested", "pact.json");

        await PactFile.MergeAsync(SamplePacts.Of(SamplePacts.Get("b", "/b"), SamplePacts.Get("a", "/a")), path, cancellationToken: Cancel);

        Assert.Equal(["a", "b"], PactFile.Read(path).Interactions.Select(i => i.Description));
    }

    [Fact]
    public async Task MergeAsync_ExistingFile_AddsInteractionsInStableOrder()
    {
        using var folder = new TempPactFolder();
        var path = folder.FileOf();
        await PactFile.MergeAsync(SamplePacts.Of(SamplePacts.Get("m", "/m")), path, cancellationToken: Cancel);

        await PactFile.MergeAsync(SamplePacts.Of(SamplePacts.Get("z", "/z"), SamplePacts.Get("a", "/a")), path, cancellationToken: Cancel);

        Assert.Equal(["a", "m", "z"], PactFile.Read(path).Interactions.Select(i => i.Description));
    }

    [Fact]
    public async Task MergeAsync_SameInteractionsInAnyWriteOrder_GiveSameBytes()
    {
        using var folder = new TempPactFolder();
        var forwards = Path.Combine(folder.Path, "forwards.json");
        var backwards = Path.Combine(folder.Path, "backwards.json");
        var interactions = new[] { SamplePacts.Get("one", "/1"), SamplePacts.Get("two", "/2"), SamplePacts.Get("three", "/3") };

        foreach (var interaction in interactions)
        {
            await PactFile.MergeAsync(SamplePacts.Of(interaction), forwards, cancellationToken: Cancel);
        }

        foreach (var interaction in interactions.Reverse())
        {
            await PactFile.MergeAsync(SamplePacts.Of(interaction), backwards, cancellationToken: Cancel);
        }

        Assert.Equal(await File.ReadAllBytesAsync(forwards, Cancel), await File.ReadAllBytesAsync(backwards, Cancel));
    }

    [Fact]
    public async Task MergeAsync_SameInteractionSameContent_KeepsOneAndSameBytes()
    {
        using var folder = new TempPactFolder();
        var path = folder.FileOf();
        await PactFile.MergeAsync(SamplePacts.Of(SamplePacts.Get("a", "/a")), path, cancellationToken: Cancel);
        var before = await File.ReadAllBytesAsync(path, Cancel);

        await PactFile.MergeAsync(SamplePacts.Of(SamplePacts.Get("a", "/a")), path, cancellationToken: Cancel);

        Assert.Equal(before, await File.ReadAllBytesAsync(path, Cancel));
    }

    [Fact]
    public async Task MergeAsync_SameInteractionOtherContent_ThrowsNamingItAndLeavesFileUntouched()
    {
        using var folder = new TempPactFolder();
        var path = folder.FileOf();
        var original = SamplePacts.Get("a request for user 1", "/users/1") with { ProviderStates = [new ProviderState("user 1 exists")] };
        await PactFile.MergeAsync(SamplePacts.Of(original), path, cancellationToken: Cancel);
        var before = await File.ReadAllBytesAsync(path, Cancel);
        var changed = original with { Response = SamplePacts.Json(404, "{}") };

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => PactFile.MergeAsync(SamplePacts.Of(changed), path, cancellationToken: Cancel));

        Assert.Contains("'a request for user 1' given user 1 exists", error.Message, StringComparison.Ordinal);
        Assert.Contains("different content", error.Message, StringComparison.Ordinal);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllBytesAsync(path, Cancel));
    }

    [Fact]
    public async Task MergeAsync_SameDescriptionOtherProviderStates_KeepsBoth()
    {
        using var folder = new TempPactFolder();
        var path = folder.FileOf();
        var exists = SamplePacts.Get("a request for user 1", "/users/1") with { ProviderStates = [new ProviderState("user 1 exists")] };
        var missing = SamplePacts.Get("a request for user 1", "/users/1", new HttpResponse { Status = 404 }) with { ProviderStates = [new ProviderState("no users")] };

        await PactFile.MergeAsync(SamplePacts.Of(exists), path, cancellationToken: Cancel);
        await PactFile.MergeAsync(SamplePacts.Of(missing), path, cancellationToken: Cancel);

        var states = PactFile.Read(path).Interactions.Select(i => Assert.Single(i.ProviderStates).Name);
        Assert.Equal(["no users", "user 1 exists"], states.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task MergeAsync_OtherConsumer_ThrowsNamingBothPairs()
    {
        using var folder = new TempPactFolder();
        var path = folder.FileOf();
        await PactFile.MergeAsync(SamplePacts.Of(SamplePacts.Get("a", "/a")), path, cancellationToken: Cancel);
        var other = SamplePacts.Of(SamplePacts.Get("b", "/b")) with { Consumer = new Pacticipant("BillingService") };

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => PactFile.MergeAsync(other, path, cancellationToken: Cancel));

        Assert.Contains($"between {ConsumerRun.ConsumerName} and {ConsumerRun.ProviderName}, not BillingService and {ConsumerRun.ProviderName}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MergeAsync_OtherProvider_Throws()
    {
        using var folder = new TempPactFolder();
        var path = folder.FileOf();
        await PactFile.MergeAsync(SamplePacts.Of(SamplePacts.Get("a", "/a")), path, cancellationToken: Cancel);
        var other = SamplePacts.Of(SamplePacts.Get("b", "/b")) with { Provider = new Pacticipant("StockService") };

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => PactFile.MergeAsync(other, path, cancellationToken: Cancel));

        Assert.Contains("not OrderService and StockService", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ this is not json")]
    [InlineData("""{"consumer": 42}""")]
    [InlineData("")]
    public async Task MergeAsync_MalformedExistingFile_ThrowsPactFormatExceptionAndLeavesFileUntouched(string content)
    {
        using var folder = new TempPactFolder();
        var path = folder.FileOf();
        await File.WriteAllTextAsync(path, content, Cancel);

        var error = await Assert.ThrowsAsync<PactFormatException>(() => PactFile.MergeAsync(SamplePacts.Of(SamplePacts.Get("a", "/a")), path, cancellationToken: Cancel));

        Assert.Equal(path, error.FilePath);
        Assert.Equal(content, await File.ReadAllTextAsync(path, Cancel));
        Assert.Equal([Path.GetFileName(path), Path.GetFileName(path) + ".lock"], Directory.GetFiles(folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task MergeAsync_SpecificationOfAddedPact_IsWritten()
    {
        using var folder = new TempPactFolder();
        var path = folder.FileOf();
        await PactFile.MergeAsync(SamplePacts.Of(SamplePacts.Get("a", "/a")) with { Specification = PactSpecification.V3 }, path, cancellationToken: Cancel);

        await PactFile.MergeAsync(SamplePacts.Of(SamplePacts.Get("b", "/b")), path, cancellationToken: Cancel);

        var pact = PactFile.Read(path);
        Assert.Equal(PactSpecification.V4, pact.Specification);
        Assert.Equal(["a", "b"], pact.Interactions.Select(i => i.Description));
    }

    [Fact]
    public async Task MergeAsync_LockHeldElsewhere_WaitsForItThenMerges()
    {
        using var folder = new TempPactFolder();
        var path = folder.FileOf();
        Task merge;
        using (new FileStream(path + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
        {
            merge = PactFile.MergeAsync(SamplePacts.Of(SamplePacts.Get("a", "/a")), path, cancellationToken: Cancel);

            Assert.False(merge.IsCompleted);
            Assert.False(File.Exists(path));
        }

        await merge;

        Assert.Equal(["a"], PactFile.Read(path).Interactions.Select(i => i.Description));
    }

    [Fact]
    public async Task MergeAsync_CancelledWhileWaitingForLock_ThrowsAndWritesNothing()
    {
        using var folder = new TempPactFolder();
        var path = folder.FileOf();
        using var cancel = new CancellationTokenSource();
        await using var held = new FileStream(path + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        var merge = PactFile.MergeAsync(SamplePacts.Of(SamplePacts.Get("a", "/a")), path, cancellationToken: cancel.Token);

        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => merge);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task MergeAsync_WrittenFile_HasNoByteOrderMarkAndEndsWithNewline()
    {
        using var folder = new TempPactFolder();
        var path = folder.FileOf();

        await PactFile.MergeAsync(SamplePacts.Of(SamplePacts.Get("a", "/a")), path, cancellationToken: Cancel);

        var bytes = await File.ReadAllBytesAsync(path, Cancel);
        Assert.Equal((byte)'{', bytes[0]);
        Assert.EndsWith("}\n", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }
}
