namespace ContractTesting.Broker.Webhooks;

/// <summary>What a webhook is: when it fires (events, consumer, provider), whether it is on, and the request it sends.</summary>
/// <param name="Description">The text given to it, if any.</param>
/// <param name="Consumer">The consumer it is limited to, or <see langword="null"/> for every consumer.</param>
/// <param name="Provider">The provider it is limited to, or <see langword="null"/> for every provider.</param>
/// <param name="Enabled">Whether events trigger it.</param>
/// <param name="Request">The request template.</param>
/// <param name="Events">The event names it subscribes to (at least one, no repeats).</param>
internal sealed record WebhookDefinition(
    string? Description,
    WebhookPacticipant? Consumer,
    WebhookPacticipant? Provider,
    bool Enabled,
    WebhookRequestTemplate Request,
    IReadOnlyList<string> Events)
{
    /// <summary>The description, else the request's (<c>POST ci.example.com</c>), as the Pact Broker names a webhook.</summary>
    public string DisplayDescription => string.IsNullOrWhiteSpace(Description) ? Request.Description : Description;

    /// <summary>Which pacts it is for, in the Pact Broker's words.</summary>
    public string ScopeDescription => (Consumer, Provider) switch
    {
        (not null, not null) => $"A webhook for the pact between {Side(Consumer, "consumers", true)} and {Side(Provider, "providers", true)}",
        (null, not null) => $"A webhook for all pacts with provider {Side(Provider, "providers", false)}",
        (not null, null) => $"A webhook for all pacts with consumer {Side(Consumer, "consumers", false)}",
        _ => "A webhook for all pacts",
    };

    private static string Side(WebhookPacticipant side, string plural, bool both) =>
        side.Name ?? (both ? $"{plural} labeled '{side.Label}'" : $"labeled '{side.Label}'");
}
