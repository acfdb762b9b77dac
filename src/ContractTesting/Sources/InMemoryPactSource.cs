using ContractTesting.Models;

namespace ContractTesting.Sources;

/// <summary>Pacts already in memory.</summary>
internal sealed class InMemoryPactSource(IReadOnlyList<Pact> pacts, string origin) : IPactSource
{
    public Task<IReadOnlyList<LoadedPact>> LoadAsync(string provider, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<LoadedPact>>([.. pacts.Where(p => p.Provider.Name == provider).Select(p => new LoadedPact { Pact = p, Origin = origin })]);
}
