using System.Text;
using ContractTesting.Models;
using ContractTesting.PactFiles;
using Newtonsoft.Json.Linq;

namespace ContractTesting.BrokerClient;

/// <summary>One pact of a publication (an entry of <c>contracts</c>): the pair it is between and its JSON content.</summary>
public sealed record ContractToPublish
{
    /// <summary>The consumer's name. Required.</summary>
    public required string ConsumerName { get; init; }

    /// <summary>The provider's name. Required.</summary>
    public required string ProviderName { get; init; }

    /// <summary>The pact file's JSON text; it is sent base64-encoded. Required.</summary>
    public required string Content { get; init; }

    /// <summary>What happens when the consumer version already has a pact with this provider. Defaults to <see cref="ContractConflict.Overwrite"/>.</summary>
    public ContractConflict OnConflict { get; init; } = ContractConflict.Overwrite;

    /// <summary>The contract for a pact, written as its own specification version.</summary>
    public static ContractToPublish From(Pact pact, ContractConflict onConflict = ContractConflict.Overwrite)
    {
        ArgumentNullException.ThrowIfNull(pact);
        return new ContractToPublish
        {
            ConsumerName = pact.Consumer.Name,
            ProviderName = pact.Provider.Name,
            Content = PactFile.Serialize(pact),
            OnConflict = onConflict,
        };
    }

    internal string? Problem() =>
        string.IsNullOrWhiteSpace(ConsumerName) ? "the consumer name is blank"
        : string.IsNullOrWhiteSpace(ProviderName) ? "the provider name is blank"
        : string.IsNullOrWhiteSpace(Content) ? "the content is empty"
        : null;

    internal JObject ToJson() => new()
    {
        ["consumerName"] = ConsumerName,
        ["providerName"] = ProviderName,
        ["specification"] = "pact",
        ["contentType"] = "application/json",
        ["content"] = Convert.ToBase64String(Encoding.UTF8.GetBytes(Content)),
        ["onConflict"] = OnConflict == ContractConflict.Merge ? "merge" : "overwrite",
    };
}
