using Newtonsoft.Json;

namespace ContractTesting.Verification;

/// <summary>Options for a provider verification (see <see cref="ProviderVerifier"/>).</summary>
public sealed record VerifierOptions
{
    /// <summary>How long one request to the provider (or one state change) may take. Defaults to 30 seconds.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>What happens to a provider state that no handler takes. Defaults to <see cref="UnhandledStateBehavior.Fail"/>.</summary>
    public UnhandledStateBehavior UnhandledStates { get; init; } = UnhandledStateBehavior.Fail;

    /// <summary>
    /// Which interactions to verify. Defaults to <see cref="InteractionFilter.FromEnvironment"/> (<c>PACT_DESCRIPTION</c>,
    /// <c>PACT_PROVIDER_STATE</c>, <c>PACT_PROVIDER_NO_STATE</c>), which is no filter when they are not set.
    /// </summary>
    public InteractionFilter Filter { get; init; } = InteractionFilter.FromEnvironment();

    /// <summary>Whether finding no pact to verify fails the verification. Defaults to true.</summary>
    public bool FailIfNoPactsFound { get; init; } = true;

    /// <summary>Where progress and results are written. Defaults to standard output.</summary>
    public IVerificationOutput? Output { get; init; }

    /// <summary>Publishing results to the broker the pacts came from, or null (the default) not to publish.</summary>
    public PublishOptions? Publish { get; init; }

    /// <summary>How provider-state parameters and returned values are converted. Defaults to camelCase names.</summary>
    public JsonSerializerSettings? JsonSettings { get; init; }

    /// <summary>The clock for durations and date generators. Defaults to <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Checks the options.</summary>
    /// <exception cref="ArgumentException">The timeout is not positive, the filter or the publish options are invalid.</exception>
    public void Validate()
    {
        if (RequestTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentException($"The request timeout must be positive, not {RequestTimeout}.", nameof(RequestTimeout));
        }

        ArgumentNullException.ThrowIfNull(Filter, nameof(Filter));
        Filter.Validate();
        Publish?.Validate();
    }
}
