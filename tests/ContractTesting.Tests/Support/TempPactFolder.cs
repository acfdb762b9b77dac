using ContractTesting.Consumer;

namespace ContractTesting.Tests.Support;

/// <summary>A fresh folder under the temp directory for pact files, deleted (with everything in it) on disposal.</summary>
internal sealed class TempPactFolder : IDisposable
{
    public TempPactFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "contracttesting-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>The options (by default V4, Kestrel on a free port) with pact files written to this folder.</summary>
    public ContractOptions Options(ContractOptions? options = null) => (options ?? new ContractOptions()) with { PactDirectory = Path };

    /// <summary>The pact file a contract between the two writes.</summary>
    public string FileOf(string consumer = ConsumerRun.ConsumerName, string provider = ConsumerRun.ProviderName) =>
        System.IO.Path.Combine(Path, $"{consumer}-{provider}.json");

    /// <summary>Writes the pending pact files (as the test process would at exit), then reads back the one between the two.</summary>
    public WrittenPact Read(string consumer = ConsumerRun.ConsumerName, string provider = ConsumerRun.ProviderName)
    {
        WritePending();
        return WrittenPact.Load(FileOf(consumer, provider));
    }

    /// <summary>Writes the pending pact files (as the test process would at exit), then tells whether the one between the two exists.</summary>
    public bool Written(string consumer = ConsumerRun.ConsumerName, string provider = ConsumerRun.ProviderName)
    {
        WritePending();
        return File.Exists(FileOf(consumer, provider));
    }

    /// <summary>Writes the pact files with verified interactions not written yet.</summary>
    public static void WritePending() => Contract.WritePactFilesAsync(TestContext.Current.CancellationToken).GetAwaiter().GetResult();

    /// <summary>Drops what this folder's pact files still had pending (so no later write recreates it), then deletes it.</summary>
    public void Dispose()
    {
        PendingPacts.DiscardUnderAsync(Path, CancellationToken.None).GetAwaiter().GetResult();
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
