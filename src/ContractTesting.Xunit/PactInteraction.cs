using ContractTesting.Models;
using ContractTesting.Verification;
using Xunit.Sdk;

namespace ContractTesting.Xunit;

/// <summary>
/// One interaction of a pact file, as a theory's data row (see <see cref="PactInteractionsAttribute"/>). It is
/// serialisable, so test runners list every interaction as a test case of its own, whose name shows the row as
/// "OrderService → UserService: a request for user 1 (given a user with ID 1 exists)". It holds where the
/// interaction is (the pact file and its position) and what names it; the verification reads the pact again.
/// </summary>
public sealed class PactInteraction : IXunitSerializable
{
    private string[] _providerStates = [];

    /// <summary>For xunit's deserialisation only; rows come from <see cref="PactInteractionsAttribute"/>.</summary>
    public PactInteraction()
    {
    }

    internal PactInteraction(string pactFile, int index, Pact pact)
    {
        var interaction = pact.Interactions[index];
        PactFile = pactFile;
        Index = index;
        Consumer = pact.Consumer.Name;
        Provider = pact.Provider.Name;
        Description = interaction.Description;
        Type = interaction.Type;
        Pending = interaction.Pending;
        _providerStates = [.. interaction.ProviderStates.Select(s => s.Name)];
        DisplayName = $"{VerificationText.Parties(pact)}: {VerificationText.Title(interaction)}";
    }

    /// <summary>The full path of the pact file.</summary>
    public string PactFile { get; private set; } = string.Empty;

    /// <summary>The interaction's position among the pact's interactions.</summary>
    public int Index { get; private set; }

    /// <summary>The consumer's name.</summary>
    public string Consumer { get; private set; } = string.Empty;

    /// <summary>The provider's name.</summary>
    public string Provider { get; private set; } = string.Empty;

    /// <summary>The interaction's description.</summary>
    public string Description { get; private set; } = string.Empty;

    /// <summary>The names of the interaction's provider states, in order.</summary>
    public IReadOnlyList<string> ProviderStates => _providerStates;

    /// <summary>The V4 interaction type: <c>Synchronous/HTTP</c>, <c>Asynchronous/Messages</c> or <c>Synchronous/Messages</c>.</summary>
    public string Type { get; private set; } = string.Empty;

    /// <summary>Whether the pact marks the interaction pending (V4): its failure skips the test rather than failing it.</summary>
    public bool Pending { get; private set; }

    /// <summary>How the row reads in the test's name: "OrderService → UserService: a request for user 1 (given a user with ID 1 exists)".</summary>
    public string DisplayName { get; private set; } = string.Empty;

    /// <inheritdoc cref="DisplayName"/>
    public override string ToString() => DisplayName;

    void IXunitSerializable.Serialize(IXunitSerializationInfo info)
    {
        info.AddValue(nameof(PactFile), PactFile);
        info.AddValue(nameof(Index), Index);
        info.AddValue(nameof(Consumer), Consumer);
        info.AddValue(nameof(Provider), Provider);
        info.AddValue(nameof(Description), Description);
        info.AddValue(nameof(ProviderStates), _providerStates);
        info.AddValue(nameof(Type), Type);
        info.AddValue(nameof(Pending), Pending);
        info.AddValue(nameof(DisplayName), DisplayName);
    }

    void IXunitSerializable.Deserialize(IXunitSerializationInfo info)
    {
        PactFile = info.GetValue<string>(nameof(PactFile)) ?? string.Empty;
        Index = info.GetValue<int>(nameof(Index));
        Consumer = info.GetValue<string>(nameof(Consumer)) ?? string.Empty;
        Provider = info.GetValue<string>(nameof(Provider)) ?? string.Empty;
        Description = info.GetValue<string>(nameof(Description)) ?? string.Empty;
        _providerStates = info.GetValue<string[]>(nameof(ProviderStates)) ?? [];
        Type = info.GetValue<string>(nameof(Type)) ?? string.Empty;
        Pending = info.GetValue<bool>(nameof(Pending));
        DisplayName = info.GetValue<string>(nameof(DisplayName)) ?? string.Empty;
    }
}
