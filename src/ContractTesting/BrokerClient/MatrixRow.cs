namespace ContractTesting.BrokerClient;

/// <summary>One row of a can-i-deploy answer: a consumer version's pact with a provider, and its verification by a provider version (if any).</summary>
public sealed record MatrixRow
{
    /// <summary>The consumer's name.</summary>
    public required string Consumer { get; init; }

    /// <summary>The consumer version.</summary>
    public required string ConsumerVersion { get; init; }

    /// <summary>The provider's name.</summary>
    public required string Provider { get; init; }

    /// <summary>The provider version that verified the pact, or null when none did.</summary>
    public string? ProviderVersion { get; init; }

    /// <summary>Whether the verification passed, or null when there is none.</summary>
    public bool? Success { get; init; }

    /// <summary>The verification result's URL, or null.</summary>
    public Uri? VerificationUrl { get; init; }

    /// <summary>The kind of verification (<c>verificationType</c>, PactFlow only), or null.</summary>
    public string? VerificationType { get; init; }

    /// <summary>Whether the row was ignored (<c>--ignore</c>) and does not count.</summary>
    public bool Ignored { get; init; }
}
