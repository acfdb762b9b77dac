namespace ContractTesting.Broker.Verifications;

/// <summary>A row of <c>verifications</c>, with the names and numbers its resource shows.</summary>
internal sealed class VerificationRow
{
    public long Id { get; init; }

    /// <summary>The number in the result's URL, counting from 1 for each pact content (<c>pact_version</c>).</summary>
    public int Number { get; init; }

    public bool Success { get; init; }

    public long PactVersionId { get; init; }

    public string Sha { get; init; } = "";

    public long ConsumerId { get; init; }

    public string ConsumerName { get; init; } = "";

    public long ProviderId { get; init; }

    public string ProviderName { get; init; } = "";

    public long ProviderVersionId { get; init; }

    public string ProviderVersionNumber { get; init; } = "";

    public string? BuildUrl { get; init; }

    public DateTimeOffset ExecutionDate { get; init; }

    /// <summary>The published <c>testResults</c> as JSON text, if any.</summary>
    public string? TestResults { get; init; }

    /// <summary>Whether the pact was verified as a work-in-progress pact.</summary>
    public bool Wip { get; init; }

    /// <summary>Whether the pact was pending for the provider version, when the verifier asked for pending status.</summary>
    public bool? PactPending { get; init; }

    /// <summary>The selectors the pact was chosen by, as JSON text (<c>[{"branch"?, "tag"?, "latest"?, "environment"?, "consumerVersionNumber"}]</c>).</summary>
    public string? ConsumerVersionSelectorHashes { get; init; }

    /// <summary>The provider version's tags when the result was published, as a JSON array.</summary>
    public string? TagNames { get; init; }

    public string? VerifiedByImplementation { get; init; }

    public string? VerifiedByVersion { get; init; }

    /// <summary>The verifier's <c>verifiedBy.clientLanguage</c> object as JSON text, if any.</summary>
    public string? VerifiedByClientLanguage { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
