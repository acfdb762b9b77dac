namespace ContractTesting.BrokerBench;

/// <summary>The options of a run.</summary>
/// <param name="Reuse">Measure the database an earlier run kept, instead of seeding a new one.</param>
/// <param name="Keep">Leave the database for a later run.</param>
/// <param name="SeedOnly">Seed (or reuse) and keep the database, without measuring.</param>
internal sealed record RunFlags(bool Reuse, bool Keep, bool SeedOnly);
