using ContractTesting.Models;
using ContractTesting.PactFiles;
using ContractTesting.Tests.Support;

namespace ContractTesting.Tests.PactFiles;

public sealed partial class PactFileMergeTests
{
    private const string EarlierRun = "an-earlier-run";

    [Fact]
    public async Task MergeAsync_FreshRunAfterEarlierRun_PrunesItsInteractionsThenMergesWithinRun()
    {
        using var folder = new TempPactFolder();
        var path = WriteEarlierRun(folder, SamplePacts.Get("stale", "/stale"));

        await PactFile.MergeAsync(SamplePacts.Of(SamplePacts.Get("fresh 1", "/1")), path, PactFileMode.FreshRun, Cancel);
        var afterFirst = Descriptions(path);
        await PactFile.MergeAsync(SamplePacts.Of(SamplePacts.Get("fresh 2", "/2")), path, PactFileMode.FreshRun, Cancel);

        Assert.Equal(["fresh 1"], afterFirst);
        Assert.Equal(["fresh 1", "fresh 2"], Descriptions(path));
        Assert.Equal(PactFileMerger.RunId, await File.ReadAllTextAsync(path + ".lock", Cancel));
    }

    [Fact]
    public async Task MergeAsync_FreshRunAfterEarlierRunWithOtherContent_ReplacesWithoutConflict()
    {
        using var folder = new TempPactFolder();
        var path = WriteEarlierRun(folder, SamplePacts.Get("a user", "/users/1"));

        await PactFile.MergeAsync(SamplePacts.Of(SamplePacts.Get("a user", "/users/2")), path, PactFileMode.FreshRun, Cancel);

        Assert.Equal("/users/2", Assert.IsType<HttpInteraction>(Assert.Single(PactFile.Read(path).Interactions)).Request.Path);
    }

    [Fact]
    public async Task MergeAsync_FreshRunWithinSameRun_ConflictingContentStillThrows()
    {
        using var folder = new TempPactFolder();
        var path = folder.FileOf();
        await PactFile.MergeAsync(SamplePacts.Of(SamplePacts.Get("a user", "/users/1")), path, PactFileMode.FreshRun, Cancel);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => PactFile.MergeAsync(SamplePacts.Of(SamplePacts.Get("a user", "/users/2")), path, PactFileMode.FreshRun, Cancel));

        Assert.Contains("'a user'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MergeAsync_FreshRunFileWithoutLock_IsTakenAsEarlierRun()
    {
        using var folder = new TempPactFolder();
        var path = folder.FileOf();
        PactFile.Write(SamplePacts.Of(SamplePacts.Get("stale", "/stale")), path);

        await PactFile.MergeAsync(SamplePacts.Of(SamplePacts.Get("fresh", "/fresh")), path, PactFileMode.FreshRun, Cancel);

        Assert.Equal(["fresh"], Descriptions(path));
    }

    [Fact]
    public async Task MergeAsync_FreshRunOverMalformedFileOfEarlierRun_ReplacesIt()
    {
        using var folder = new TempPactFolder();
        var path = folder.FileOf();
        await File.WriteAllTextAsync(path, "{ broken", Cancel);
        await File.WriteAllTextAsync(path + ".lock", EarlierRun, Cancel);

        await PactFile.MergeAsync(SamplePacts.Of(SamplePacts.Get("fresh", "/fresh")), path, PactFileMode.FreshRun, Cancel);

        Assert.Equal(["fresh"], Descriptions(path));
    }

    [Fact]
    public async Task MergeAsync_MergeModeAfterEarlierRun_KeepsItsInteractions()
    {
        using var folder = new TempPactFolder();
        var path = WriteEarlierRun(folder, SamplePacts.Get("earlier", "/earlier"));

        await PactFile.MergeAsync(SamplePacts.Of(SamplePacts.Get("later", "/later")), path, PactFileMode.Merge, Cancel);

        Assert.Equal(["earlier", "later"], Descriptions(path));
    }

    [Fact]
    public async Task VerifyAsync_FreshRunOption_PrunesEarlierRun()
    {
        using var folder = new TempPactFolder();
        WriteEarlierRun(folder, SamplePacts.Get("stale", "/stale"));
        using var contract = Contract.Between(ConsumerRun.ConsumerName, ConsumerRun.ProviderName, folder.Options(new ContractOptions { FileMode = PactFileMode.FreshRun }));
        contract.UponReceiving("fresh").WithRequest(HttpMethod.Get, "/fresh").WillRespond();

        await contract.VerifyAsync(
            async context =>
            {
                using var client = context.CreateHttpClient();
                using var response = await client.GetAsync(new Uri("fresh", UriKind.Relative), Cancel);
            },
            Cancel);

        Assert.Equal(["fresh"], folder.Read().Descriptions);
    }

    private static string WriteEarlierRun(TempPactFolder folder, params Interaction[] interactions)
    {
        var path = folder.FileOf();
        PactFile.Write(SamplePacts.Of(interactions), path);
        File.WriteAllText(path + ".lock", EarlierRun);
        return path;
    }

    private static List<string> Descriptions(string path) => [.. PactFile.Read(path).Interactions.Select(i => i.Description)];
}
