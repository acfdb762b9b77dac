namespace ContractTesting.Broker.Webhooks;

/// <summary>The columns of a <c>verifications</c> row that webhook placeholders use.</summary>
internal sealed class VerificationFactRow
{
    public long Id { get; init; }

    public int Number { get; init; }

    public bool Success { get; init; }

    public long ProviderVersionId { get; init; }

    public string ProviderVersionNumber { get; init; } = "";

    /// <summary>The content's SHA, when the query names it.</summary>
    public string? Sha { get; init; }
}
