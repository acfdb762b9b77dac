using System.Diagnostics;
using System.Text;
using ContractTesting.Json;
using ContractTesting.Models;

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

        var byIdentity = new Dictionary<string, Interaction>(StringComparer.Ordinal);
        foreach (var interaction in existing?.Interactions ?? [])
        {
            byIdentity[Identity(interaction)] = interaction;
        }

        foreach (var interaction in added.Interactions)
        {
            var identity = Identity(interaction);
            if (byIdentity.TryGetValue(identity, out var previous) && Content(previous, added.Specification) != Content(interaction, added.Specification))
            {
                throw new InvalidOperationException(
                    $"The interaction '{interaction.Description}'{States(interaction)} is already in '{path}' with different content. " +
                    "Two tests define it differently, or a test changed it since the file was written: give the interactions different " +
                    "descriptions or provider states, delete the file, or write with PactFileMode.FreshRun to prune what this run did not produce.");
            }

            byIdentity[identity] = interaction;
        }

        var metadata = new Dictionary<string, Newtonsoft.Json.Linq.JToken>(existing?.Metadata ?? new Dictionary<string, Newtonsoft.Json.Linq.JToken>());
        foreach (var (key, value) in added.Metadata)
        {
            metadata[key] = value;
        }

        return added with
        {
            Interactions = [.. byIdentity.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => e.Value)],
            Metadata = metadata,
        };
    }

    /// <summary>What makes two interactions the same interaction: kind, description and provider states.</summary>
    private static string Identity(Interaction interaction) =>
        interaction.Description + "\u0000" + States(interaction) + "\u0000" + interaction.Type;

    private static string States(Interaction interaction) => interaction.ProviderStates.Count == 0
        ? string.Empty
        : " given " + string.Join(" and ", interaction.ProviderStates.Select(s =>
            s.Parameters.Count == 0 ? s.Name : $"{s.Name} {PactJson.Canonical(new Newtonsoft.Json.Linq.JObject(s.Parameters.Select(p => new Newtonsoft.Json.Linq.JProperty(p.Key, p.Value))))}"));

    private static string Content(Interaction interaction, PactSpecification version) =>
        PactFile.Serialize(new Pact { Consumer = new("c"), Provider = new("p"), Interactions = [interaction], Specification = version });

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
