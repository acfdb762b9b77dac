using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using ContractTesting.Models;
using ContractTesting.PactFiles;

namespace ContractTesting.Consumer;

/// <summary>
/// Verified interactions on their way to the pact files. Rewriting a whole pact file after every test would make a suite
/// quadratic (each test rewrites everything before it), so each test's interactions are checked against what the file
/// and this process already hold the moment the test passes, and each file is written once: when the process exits,
/// or when <see cref="Contract.WritePactFilesAsync"/> is called.
/// </summary>
internal static class PendingPacts
{
    private static readonly ConcurrentDictionary<string, PendingPactFile> Files =
        new(OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);

    static PendingPacts() => AppDomain.CurrentDomain.ProcessExit += (_, _) => WriteAtExit();

    /// <summary>Accepts a passed test's interactions for a pact file, or throws when they conflict with what it already holds.</summary>
    public static Task AddAsync(Pact pact, string path, PactFileMode mode, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(path);
        return Files.GetOrAdd(full, _ => new PendingPactFile(full, mode)).AddAsync(pact, mode, cancellationToken);
    }

    /// <summary>Writes every pact file that has interactions not written yet.</summary>
    public static async Task WriteAllAsync(CancellationToken cancellationToken)
    {
        var failures = new List<Exception>();
        foreach (var file in Files.Values)
        {
            try
            {
                await file.WriteAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                failures.Add(e);
            }
        }

        if (failures.Count == 1)
        {
            ExceptionDispatchInfo.Throw(failures[0]);
        }

        if (failures.Count > 1)
        {
            throw new AggregateException("Several pact files could not be written.", failures);
        }
    }

    /// <summary>
    /// Drops the unwritten interactions of every pact file under the folder, for a caller about to delete it: a write
    /// already under way finishes first, and none starts afterwards, so nothing recreates the folder or fails in it.
    /// </summary>
    public static async Task DiscardUnderAsync(string folder, CancellationToken cancellationToken)
    {
        var prefix = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)) + Path.DirectorySeparatorChar;
        foreach (var (path, file) in Files)
        {
            if (path.StartsWith(prefix, OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal))
            {
                await file.DiscardAsync(cancellationToken).ConfigureAwait(false);
                Files.TryRemove(path, out _);
            }
        }
    }

    private static void WriteAtExit()
    {
        try
        {
            WriteAllAsync(CancellationToken.None).GetAwaiter().GetResult();
        }
#pragma warning disable CA1031 // At process exit there is no caller left to throw to: report and fail the process instead.
        catch (Exception e)
#pragma warning restore CA1031
        {
            Console.Error.WriteLine($"ContractTesting: the pact files could not be written: {e.Message}");
            Environment.ExitCode = 1;
        }
    }
}
