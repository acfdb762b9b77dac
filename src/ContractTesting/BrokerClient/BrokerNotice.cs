namespace ContractTesting.BrokerClient;

/// <summary>A notice the broker attaches to a pact for verification, e.g. why it was included or what a result will mean.</summary>
/// <param name="When">
/// When to show it: <c>before_verification</c>, or after it (<c>after_verification:success_true_published_false</c>, …);
/// empty when the broker did not say.
/// </param>
/// <param name="Text">The text.</param>
public sealed record BrokerNotice(string When, string Text)
{
    /// <summary>The <see cref="When"/> of notices shown before verifying.</summary>
    public const string BeforeVerification = "before_verification";
}
