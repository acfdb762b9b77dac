using ContractTesting.Models;

namespace ContractTesting.Sources;

/// <summary>The pact sources a verifier can read.</summary>
public static class PactSource
{
    /// <summary>One or more pact files; each must be a pact for the provider being verified.</summary>
    /// <exception cref="ArgumentException">No path is given.</exception>
    public static IPactSource File(params IReadOnlyList<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return paths.Count == 0 ? throw new ArgumentException("Give at least one pact file.", nameof(paths)) : new FilePactSource(paths);
    }

    /// <summary>The pact files (<c>*.json</c>) in a folder that are for the provider.</summary>
    /// <param name="folder">The folder, e.g. <c>pacts</c>.</param>
    /// <param name="consumers">Only the pacts of these consumers; all consumers when none are given.</param>
    public static IPactSource Folder(string folder, params IReadOnlyCollection<string> consumers)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        ArgumentNullException.ThrowIfNull(consumers);
        return new FolderPactSource(folder, consumers);
    }

    /// <summary>Pacts already in memory (for example built or changed by a test).</summary>
    /// <param name="pacts">The pacts; those for other providers are left out.</param>
    public static IPactSource FromPacts(params IReadOnlyList<Pact> pacts)
    {
        ArgumentNullException.ThrowIfNull(pacts);
        return new InMemoryPactSource(pacts, "memory");
    }
}
