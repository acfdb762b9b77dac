namespace ContractTesting.Sources;

/// <summary>Where a verifier gets the pacts to verify: files, a folder, a URL or a Pact Broker (see <see cref="PactSource"/>).</summary>
public interface IPactSource
{
    /// <summary>Loads the pacts that concern the provider.</summary>
    /// <param name="provider">The provider being verified; pacts for other providers are left out (or refused, for a single file).</param>
    /// <param name="cancellationToken">Cancels loading.</param>
    /// <exception cref="PactSourceException">The source cannot be read, or a pact in it is invalid.</exception>
    Task<IReadOnlyList<LoadedPact>> LoadAsync(string provider, CancellationToken cancellationToken);
}
