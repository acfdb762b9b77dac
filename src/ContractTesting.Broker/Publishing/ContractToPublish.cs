using ContractTesting.Broker.Pacts;

namespace ContractTesting.Broker.Publishing;

/// <summary>One pact of a publication, validated.</summary>
/// <param name="ConsumerName">The consumer (the publishing pacticipant).</param>
/// <param name="ProviderName">The provider.</param>
/// <param name="Content">The pact.</param>
/// <param name="Merge">Whether to merge with what the consumer version already published for the provider (<c>onConflict: merge</c>).</param>
internal sealed record ContractToPublish(string ConsumerName, string ProviderName, PactContent Content, bool Merge);
