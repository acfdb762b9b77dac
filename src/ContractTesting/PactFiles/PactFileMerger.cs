using System.Diagnostics;
using System.Text;
using ContractTesting.Models;
using Newtonsoft.Json.Linq;

namespace ContractTesting.PactFiles;

/// <summary>
/// Merges interactions into a pact file under a cross-process lock (<c>{file}.lock</c>), so that tests running in
/// parallel, in one process or several, never lose an interaction or see a half-written file.
/// </summary>
internal static class PactFileMerger
{
    private static readonly TimeSpan LockTimeout = TimeSpan.FromSeconds(60);

    /// <summary>This process's test run: <c>CONTRACTTESTING_RUN_ID</c> when set, else the process id and start time.</summary>
    internal static string RunId { get; } = Environment.GetEnvironmentVariable("CONTRACTTESTING_RUN_ID") is { Length: > 0 } id
        ? id
        : $"{Environment.ProcessId}-{Process.GetCurrentProcess().StartTime.ToUniversalTime().Ticks}";

    public static async Task MergeAsync(Pact pact, string path, PactFileMode mode, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        await using var lockFile = await LockAsync(full + ".lock", cancellationToken).ConfigureAwait(false);
        var previousRun = await ReadRunAsync(lockFile, cancellationToken).ConfigureAwait(false);
        var keepExisting = mode == PactFileMode.Merge || previousRun == RunId;
        var existing = keepExisting && File.Exists(full) ? await PactFile.ReadAsync(full, cancellationToken).ConfigureAwait(false) : null;

        PactFile.Write(Merge(existing, pact, full), full);
        await WriteRunAsync(lockFile, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The union of both pacts' interactions, in a stable order; the same interaction with other content is an error.</summary>
    internal static Pact Merge(Pact? existing, Pact added, string path)
    {
        if (existing is not null && (existing.Consumer.Name != added.Consumer.Name || existing.Provider.Name != added.Provider.Name))
        {
            throw new InvalidOperationException(
                $"The pact file '{path}' is between {existing.Consumer.Name} and {existing.Provider.Name}, not {added.Consumer.Name} and {added.Provider.Name}.");
        }

        var interactions = new InteractionSet($"'{path}'", added.Specification);
        interactions.AddRange(existing?.Interactions ?? []);
        interactions.AddRange(added.Interactions);
        var metadata = new Dictionary<string, JToken>(existing?.Metadata ?? new Dictionary<string, JToken>());
        foreach (var (key, value) in added.Metadata)
        {
            metadata[key] = value;
        }

        return added with { Interactions = interactions.Sorted, Metadata = metadata };
    }

    private static async Task<FileStream> LockAsync(string path, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (deadline.Elapsed < LockTimeout)
            {
                // Another test (in this process or another) is writing the pact file; wait for it to finish.
                await Task.Delay(TimeSpan.FromMilliseconds(10 + Random.Shared.Next(20)), cancellationToken).ConfigureAwait(false);
            }
            catch (IOException e)
            {
                throw new TimeoutException($"Could not lock '{path}' within {LockTimeout.TotalSeconds:0} s: another test process keeps writing the pact file.", e);
            }
        }
    }

    private static async Task<string> ReadRunAsync(FileStream lockFile, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(lockFile, Encoding.UTF8, leaveOpen: true);
        return (await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false)).Trim();
    }

    private static async Task WriteRunAsync(FileStream lockFile, CancellationToken cancellationToken)
    {
        lockFile.SetLength(0);
        await lockFile.WriteAsync(Encoding.UTF8.GetBytes(RunId), cancellationToken).ConfigureAwait(false);
        await lockFile.FlushAsync(cancellationToken).ConfigureAwait(false);
    }
}
