namespace ContractTesting.Sources;

/// <summary>The pact files (<c>*.json</c>) in a folder that are for the provider, optionally only those of some consumers.</summary>
internal sealed class FolderPactSource(string folder, IReadOnlyCollection<string> consumers) : IPactSource
{
    public async Task<IReadOnlyList<LoadedPact>> LoadAsync(string provider, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(folder))
        {
            throw new PactSourceException($"Pact folder '{folder}' does not exist.");
        }

        var pacts = new List<LoadedPact>();
        foreach (var path in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            var pact = await FilePactSource.ReadAsync(path, cancellationToken).ConfigureAwait(false);
            if (pact.Pact.Provider.Name == provider && (consumers.Count == 0 || consumers.Contains(pact.Pact.Consumer.Name)))
            {
                pacts.Add(pact);
            }
        }

        return pacts;
    }
}
