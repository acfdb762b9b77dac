namespace ContractTesting.Broker.Events;

/// <summary>
/// Something that happened in a request that webhooks may react to (<c>contract_published</c>,
/// <c>contract_content_changed</c>, <c>provider_verification_published</c>, …), with what the webhook templates
/// (<c>${pactbroker.consumerName}</c>, …) are filled from.
/// </summary>
/// <param name="Name">The event name, as webhooks subscribe to it.</param>
/// <param name="Comment">Why it happened, shown in the publish notices ("first time untagged pact published").</param>
/// <param name="Context">What happened to which pact.</param>
/// <param name="Verification">For the <c>provider_verification_*</c> events, the verification result that was published.</param>
internal sealed record BrokerEvent(string Name, string? Comment, ContractEventContext Context, VerificationEventContext? Verification = null)
{
    public const string ContractPublished = "contract_published";
    public const string ContractContentChanged = "contract_content_changed";
    public const string ContractRequiringVerificationPublished = "contract_requiring_verification_published";
    public const string ProviderVerificationPublished = "provider_verification_published";
    public const string ProviderVerificationSucceeded = "provider_verification_succeeded";
    public const string ProviderVerificationFailed = "provider_verification_failed";

    /// <summary>The text the publish notices list it as: the name, and the comment in brackets.</summary>
    public string Description => Comment is null ? Name : $"{Name} ({Comment})";
}
