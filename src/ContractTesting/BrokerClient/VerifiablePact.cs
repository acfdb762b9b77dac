namespace ContractTesting.BrokerClient;

/// <summary>One pact that the broker asks a provider to verify (an entry of <c>_embedded.pacts</c>).</summary>
public sealed record VerifiablePact
{
    /// <summary>The pact's URL (its <c>self</c> link).</summary>
    public required Uri Href { get; init; }

    /// <summary>The link's name, e.g. "Pact between OrderService (1.0.0) and UserService", or null.</summary>
    public string? Name { get; init; }

    /// <summary>Why it was selected, e.g. "latest from main branch", or null.</summary>
    public string? ShortDescription { get; init; }

    /// <summary>Whether it is pending (<c>verificationProperties.pending</c>): failures do not fail the verification. Defaults to false.</summary>
    public bool Pending { get; init; }

    /// <summary>Whether it is work in progress (<c>verificationProperties.wip</c>), which is always pending. Defaults to false.</summary>
    public bool WorkInProgress { get; init; }

    /// <summary>The broker's notices about it (<c>verificationProperties.notices</c>). Empty by default.</summary>
    public IReadOnlyList<BrokerNotice> Notices { get; init; } = [];
}
