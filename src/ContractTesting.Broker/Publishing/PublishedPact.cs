using ContractTesting.Broker.Pacts;

namespace ContractTesting.Broker.Publishing;

/// <summary>A pact after publication: the newest revision, and the one before the publication (if there was one).</summary>
internal sealed record PublishedPact(PactRow Pact, PactRow? Before);
