namespace ContractTesting.Broker.Matrix;

/// <summary>
/// A consumer and provider pair the question involves. <see cref="Required"/> when the consumer is one of the versions
/// asked about: a consumer needs its providers, while a provider may go ahead of its consumers.
/// </summary>
internal sealed record MatrixIntegration(long ConsumerId, string ConsumerName, long ProviderId, string ProviderName, bool Required);
