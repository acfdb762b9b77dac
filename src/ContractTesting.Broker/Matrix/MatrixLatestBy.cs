namespace ContractTesting.Broker.Matrix;

/// <summary>
/// How the matrix keeps only the newest rows (<c>latestby</c>): one row per consumer version and provider version
/// (<c>cvpv</c>), the newest provider version per consumer version and provider (<c>cvp</c>), or the newest row per
/// consumer and provider (<c>cp</c>). Without it every pact revision meets every verification.
/// </summary>
internal enum MatrixLatestBy
{
    None,
    ConsumerVersionProviderVersion,
    ConsumerVersionProvider,
    ConsumerProvider,
}
