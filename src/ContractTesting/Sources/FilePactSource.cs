using ContractTesting.PactFiles;

namespace ContractTesting.Sources;

/// <summary>Pact files, each of which must be a pact for the provider being verified.</summary>
internal sealed class FilePactSource(IReadOnlyList<string> paths) : IPactSource
{
    public async Task<IReadOnlyList<LoadedPact>> LoadAsync(string provider, CancellationToken cancellationToken)
    {
        var pacts = new List<LoadedPact>();
        foreach (var path in paths)
        {
            var pact = await ReadAsync(path, cancellationToken).ConfigureAwait(false);
            if (pact.Pact.Provider.Name != provider)
            {
                throw new PactSourceException(
                    $"Pact file '{path}' is between {pact.Pact.Consumer.Name} and {pact.Pact.Provider.Name}: it is not a pact for provider '{provider}'.");
            }

            pacts.Add(pact);
        }

        return pacts;
    }

    /// <summary>Reads one pact file, with errors that name it.</summary>
    internal static async Task<LoadedPact> ReadAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new PactSourceException($"Pact file '{path}' does not exist.");
        }

        try
        {
            return new LoadedPact { Pact = await PactFile.ReadAsync(path, cancellationToken).ConfigureAwait(false), Origin = path };
        }
        catch (PactFormatException e)
        {
            throw new PactSourceException(e.Message, e);
        }
        catch (IOException e)
        {
            throw new PactSourceException($"Pact file '{path}' cannot be read: {e.Message}", e);
        }
    }
}
