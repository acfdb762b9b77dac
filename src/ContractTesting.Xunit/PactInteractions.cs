using ContractTesting.Consumer;
using ContractTesting.Sources;

namespace ContractTesting.Xunit;

/// <summary>Lists the interactions of pact files and folders as <see cref="PactInteraction"/> rows.</summary>
public static class PactInteractions
{
    /// <summary>Every interaction of the provider's pacts in the files and folders, pact by pact, in each pact's order.</summary>
    /// <param name="provider">The provider.</param>
    /// <param name="paths">Pact files and folders; relative paths are taken from the repository root (see <see cref="PactInteractionsAttribute"/>).</param>
    /// <param name="consumers">Only the pacts of these consumers; all when empty.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <exception cref="ArgumentException">No path is given.</exception>
    /// <exception cref="PactSourceException">A file or folder is missing, a pact is invalid, or a file is a pact for another provider.</exception>
    public static async Task<IReadOnlyList<PactInteraction>> LoadAsync(
        string provider, IReadOnlyList<string> paths, IReadOnlyCollection<string> consumers, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(provider);
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(consumers);
        if (paths.Count == 0)
        {
            throw new ArgumentException("Give at least one pact file or folder.", nameof(paths));
        }

        var rows = new List<PactInteraction>();
        foreach (var path in paths.Select(Resolve))
        {
            var source = Directory.Exists(path) ? PactSource.Folder(path, consumers) : PactSource.File(path);
            foreach (var loaded in await source.LoadAsync(provider, cancellationToken).ConfigureAwait(false))
            {
                if (consumers.Count > 0 && !consumers.Contains(loaded.Pact.Consumer.Name))
                {
                    continue;
                }

                var file = Path.GetFullPath(loaded.Origin);
                rows.AddRange(loaded.Pact.Interactions.Select((_, index) => new PactInteraction(file, index, loaded.Pact)));
            }
        }

        return rows;
    }

    /// <summary>The full path: as given when absolute, otherwise under the repository root.</summary>
    /// <exception cref="PactSourceException">The path is relative and no repository root is found.</exception>
    internal static string Resolve(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (Path.IsPathRooted(path))
        {
            return Path.GetFullPath(path);
        }

        var root = PactDirectory.FindRoot(AppContext.BaseDirectory) ?? throw new PactSourceException(
            $"The pact path '{path}' is relative, but no solution file or git repository was found above '{AppContext.BaseDirectory}' to take it from; give an absolute path.");
        return Path.GetFullPath(Path.Combine(root, path));
    }
}
