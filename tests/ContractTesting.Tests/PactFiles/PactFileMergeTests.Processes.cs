using ContractTesting.PactFiles;
using ContractTesting.Tests.Support;

namespace ContractTesting.Tests.PactFiles;

public sealed partial class PactFileMergeTests
{
    private const int Processes = 4;

    private const int MergesPerProcess = 10;

    [Fact]
    public async Task MergeAsync_FourProcessesAtOnce_LoseNothing()
    {
        using var folder = new TempPactFolder();
        var path = folder.FileOf();

        var probes = Enumerable.Range(0, Processes).Select(p => PactMergeProbeProcess.Start(path, $"process{p}", MergesPerProcess, PactFileMode.Merge)).ToList();
        try
        {
            await Task.WhenAll(probes.Select(p => PactMergeProbeProcess.AssertSucceedsAsync(p, Cancel)));
        }
        finally
        {
            probes.ForEach(p => p.Dispose());
        }

        Assert.Equal(ExpectedFromProbes(), Descriptions(path));
    }

    [Fact]
    public async Task MergeAsync_FourProcessesOfOneFreshRun_PruneEarlierRunAndKeepEachOthers()
    {
        using var folder = new TempPactFolder();
        var path = WriteEarlierRun(folder, SamplePacts.Get("stale", "/stale"));
        var run = Guid.NewGuid().ToString("N");

        var probes = Enumerable.Range(0, Processes).Select(p => PactMergeProbeProcess.Start(path, $"process{p}", MergesPerProcess, PactFileMode.FreshRun, run)).ToList();
        try
        {
            await Task.WhenAll(probes.Select(p => PactMergeProbeProcess.AssertSucceedsAsync(p, Cancel)));
        }
        finally
        {
            probes.ForEach(p => p.Dispose());
        }

        Assert.Equal(ExpectedFromProbes(), Descriptions(path));
        Assert.Equal(run, await File.ReadAllTextAsync(path + ".lock", Cancel));
    }

    private static List<string> ExpectedFromProbes() =>
        [.. Enumerable.Range(0, Processes).SelectMany(p => Enumerable.Range(0, MergesPerProcess).Select(n => $"process{p} {n}")).Order(StringComparer.Ordinal)];
}
