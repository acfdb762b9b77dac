using ContractTesting.Matching;
using ContractTesting.Models;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Verification;

/// <summary>The verification of one interaction: its outcome, the mismatches and errors that explain a failure.</summary>
public sealed record InteractionResult
{
    /// <summary>The interaction, as the pact gives it.</summary>
    public required Interaction Interaction { get; init; }

    /// <summary>Passed or failed.</summary>
    public required InteractionStatus Status { get; init; }

    /// <summary>
    /// Whether the interaction is pending (its own V4 flag, or the whole pact is pending): a failure is reported but
    /// does not fail the verification.
    /// </summary>
    public bool Pending { get; init; }

    /// <summary>How the provider's answer differs from the pact's expectation. Empty when it passed.</summary>
    public IReadOnlyList<Mismatch> Mismatches { get; init; } = [];

    /// <summary>What went wrong besides mismatches: a provider state, the request, a timeout. Empty when nothing did.</summary>
    public IReadOnlyList<string> Errors { get; init; } = [];

    /// <summary>Things worth knowing that did not fail it, such as a provider state without a handler. Empty by default.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>How long the interaction took, states included.</summary>
    public TimeSpan Duration { get; init; }

    /// <summary>The interaction's description.</summary>
    public string Description => Interaction.Description;

    /// <summary>The identifier a broker gave the interaction (<c>_id</c>), or null for pacts not from a broker.</summary>
    public string? InteractionId => Interaction.Extensions.TryGetValue("_id", out var id) && id.Type == JTokenType.String ? id.Value<string>() : null;

    /// <summary>Whether it failed in a way that fails the verification (failed and not pending).</summary>
    public bool FailsVerification => Status == InteractionStatus.Failed && !Pending;
}
