using ContractTesting.PactFiles;
using ContractTesting.Tests.Support;

namespace ContractTesting.Tests.PactFiles;

public sealed partial class PactFileMergeTests
{
    [Fact]
    public async Task MergeAsync_FiftyParallelMerges_LoseNothingAndFileIsAlwaysValid()
    {
        using var folder = new TempPactFolder();
        var path = folder.FileOf();
        var names = Enumerable.Range(0, 50).Select(n => $"interaction {n:00}").ToList();
        using var stop = new CancellationTokenSource();
        var reads = Task.Run(() => ReadUntilStopped(path, stop.Token), Cancel);

        await Task.WhenAll(names.Select(name => Task.Run(
            async () =>
            {
                await PactFile.MergeAsync(SamplePacts.Of(SamplePacts.Get(name, "/" + name.Replace(' ', '-'))), path, cancellationToken: Cancel);
                Assert.Contains(name, ReadValid(path));
            },
            Cancel)));
        await stop.CancelAsync();
        await reads;

        Assert.Equal(names, Descriptions(path));
    }

    // Reads the file over and over while others write it: every read must be a whole, valid pact.
    private static async Task ReadUntilStopped(string path, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            if (File.Exists(path))
            {
                ReadValid(path);
            }

            await Task.Yield();
        }
    }

    private static List<string> ReadValid(string path)
    {
        while (true)
        {
            string text;
            try
            {
                text = File.ReadAllText(path);
            }
            catch (IOException)
            {
                // Windows refuses to open a file while it is being replaced; what matters is what a successful read sees.
                continue;
            }

            return [.. PactFile.Parse(text).Interactions.Select(i => i.Description)];
        }
    }
}
