using System.Collections.Concurrent;
using ContractTesting.Sources;

namespace ContractTesting.Xunit;

/// <summary>
/// Pact files read once per test run (per provider, path and file version), so a pact of a thousand interactions is
/// not parsed a thousand times. A file that changes on disk is read again.
/// </summary>
internal static class PactCache
{
    private static readonly ConcurrentDictionary<(string Provider, string Path, DateTime Written, long Length), Lazy<Task<LoadedPact>>> Pacts = new();

    public static Task<LoadedPact> LoadAsync(string provider, string path, CancellationToken cancellationToken)
    {
        var file = new FileInfo(path);
        if (!file.Exists)
        {
            throw new PactSourceException($"Pact file '{path}' does not exist (it did when the tests were discovered).");
        }

        var key = (provider, file.FullName, file.LastWriteTimeUtc, file.Length);
        var entry = Pacts.GetOrAdd(key, k => new Lazy<Task<LoadedPact>>(() => ReadAsync(k.Provider, k.Path)));
        return entry.Value.WaitAsync(cancellationToken);
    }

    private static async Task<LoadedPact> ReadAsync(string provider, string path)
    {
        // Not cancelled by one test's token: other tests wait on the same read.
        var pacts = await PactSource.File(path).LoadAsync(provider, CancellationToken.None).ConfigureAwait(false);
        return pacts[0];
    }
}
