using Newtonsoft.Json.Linq;

namespace ContractTesting.Generation;

/// <summary>What generators may draw on: the mode, provider-state values, the mock server's URL, the clock and randomness.</summary>
public sealed record GeneratorContext
{
    /// <summary>The side generating values. Defaults to <see cref="GeneratorMode.Consumer"/>.</summary>
    public GeneratorMode Mode { get; init; } = GeneratorMode.Consumer;

    /// <summary>
    /// Values for <c>ProviderState</c> generators: the provider state parameters merged with what the state handlers
    /// returned. Empty by default.
    /// </summary>
    public IReadOnlyDictionary<string, JToken> ProviderState { get; init; } = new Dictionary<string, JToken>();

    /// <summary>The mock server's base URL, for <c>MockServerURL</c> generators; <see langword="null"/> when there is none.</summary>
    public Uri? MockServerUrl { get; init; }

    /// <summary>The clock for date and time generators. Defaults to <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>The source of randomness. Defaults to <see cref="Random.Shared"/>; pass a seeded instance for repeatable values.</summary>
    public Random Random { get; init; } = Random.Shared;
}
