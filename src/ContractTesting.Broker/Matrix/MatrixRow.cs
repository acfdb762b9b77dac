namespace ContractTesting.Broker.Matrix;

/// <summary>
/// One row of the matrix: a consumer version's pact with a provider and, when there is one, its verification by a
/// provider version (the provider columns are null when no verification matched).
/// </summary>
internal sealed class MatrixRow
{
    public long ConsumerId { get; init; }

    public string ConsumerName { get; init; } = "";

    public long ConsumerVersionId { get; init; }

    public string ConsumerVersionNumber { get; init; } = "";

    public long ConsumerVersionOrder { get; init; }

    public long PactPublicationId { get; init; }

    public int PactRevisionNumber { get; init; }

    public DateTimeOffset PactCreatedAt { get; init; }

    public string PactVersionSha { get; init; } = "";

    public long ProviderId { get; init; }

    public string ProviderName { get; init; } = "";

    public long? ProviderVersionId { get; init; }

    public string? ProviderVersionNumber { get; init; }

    public long? ProviderVersionOrder { get; init; }

    public long? VerificationId { get; init; }

    public int? VerificationNumber { get; init; }

    public bool? Success { get; init; }

    public DateTimeOffset? VerifiedAt { get; init; }

    /// <summary>The row's place in an answer: consumer name, newest consumer version, provider name, newest provider version first.</summary>
    public static int Compare(MatrixRow a, MatrixRow b)
    {
        var byName = string.CompareOrdinal(a.ConsumerName, b.ConsumerName);
        if (byName != 0)
        {
            return byName;
        }

        var comparisons = new[]
        {
            b.ConsumerVersionOrder.CompareTo(a.ConsumerVersionOrder),
            b.PactRevisionNumber.CompareTo(a.PactRevisionNumber),
            string.CompareOrdinal(a.ProviderName, b.ProviderName),
            Descending(a.ProviderVersionOrder, b.ProviderVersionOrder),
            Descending(a.VerificationId, b.VerificationId),
        };
        return comparisons.FirstOrDefault(c => c != 0);
    }

    // Rows without a provider version come first.
    private static int Descending(long? a, long? b) => (a, b) switch
    {
        (null, null) => 0,
        (null, _) => -1,
        (_, null) => 1,
        _ => b.Value.CompareTo(a.Value),
    };
}
