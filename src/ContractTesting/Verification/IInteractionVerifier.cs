using ContractTesting.Generation;
using ContractTesting.Matching;
using ContractTesting.Models;

namespace ContractTesting.Verification;

/// <summary>Replays one kind of interaction against the provider (HTTP, or messages through their factories).</summary>
internal interface IInteractionVerifier
{
    /// <summary>Whether this verifier replays interactions of this kind.</summary>
    bool CanVerify(Interaction interaction);

    /// <summary>Replays the interaction (its provider states are set) and compares what the provider produced.</summary>
    /// <exception cref="Exception">The interaction could not be replayed; the message explains why.</exception>
    Task<IReadOnlyList<Mismatch>> VerifyAsync(Interaction interaction, PactSpecification specification, GeneratorContext context, CancellationToken cancellationToken);
}
