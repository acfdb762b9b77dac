using Newtonsoft.Json.Linq;

namespace ContractTesting.BrokerClient;

/// <summary>
/// A consumer version's pacts to publish (the body of <c>POST pb:publish-contracts</c>): the version, its branch,
/// tags and build, and one contract per provider.
/// </summary>
public sealed record ContractsPublication
{
    /// <summary>The consumer (<c>pacticipantName</c>). Required.</summary>
    public required string PacticipantName { get; init; }

    /// <summary>The consumer version, e.g. a git commit (<c>pacticipantVersionNumber</c>). Required.</summary>
    public required string PacticipantVersion { get; init; }

    /// <summary>The version's branch (<c>branch</c>), or null.</summary>
    public string? Branch { get; init; }

    /// <summary>Tags for the version (<c>tags</c>). Empty by default.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>The CI build that produced the pacts (<c>buildUrl</c>), or null.</summary>
    public Uri? BuildUrl { get; init; }

    /// <summary>The pacts, each for another provider. At least one is required.</summary>
    public required IReadOnlyList<ContractToPublish> Contracts { get; init; }

    /// <summary>Checks the publication.</summary>
    /// <exception cref="ArgumentException">A name, the version, the branch or a tag is blank; there is no contract, or one is not the consumer's.</exception>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(Contracts, nameof(Contracts));
        ArgumentNullException.ThrowIfNull(Tags, nameof(Tags));
        if (string.IsNullOrWhiteSpace(PacticipantName) || string.IsNullOrWhiteSpace(PacticipantVersion))
        {
            throw new ArgumentException("A publication needs the consumer's name and version.", nameof(PacticipantVersion));
        }

        if (Branch is not null && Branch.Trim().Length == 0 || Tags.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("The branch and the tags of a publication may not be blank.", nameof(Tags));
        }

        if (Contracts.Count == 0)
        {
            throw new ArgumentException("A publication needs at least one pact.", nameof(Contracts));
        }

        for (var i = 0; i < Contracts.Count; i++)
        {
            var problem = Contracts[i] is null ? "it is null" : Contracts[i].Problem()
                ?? (Contracts[i].ConsumerName == PacticipantName ? null : $"its consumer is '{Contracts[i].ConsumerName}', not '{PacticipantName}'");
            if (problem is not null)
            {
                throw new ArgumentException($"Contract {i} of the publication is invalid: {problem}.", nameof(Contracts));
            }
        }
    }

    internal JObject ToJson()
    {
        var json = new JObject
        {
            ["pacticipantName"] = PacticipantName,
            ["pacticipantVersionNumber"] = PacticipantVersion,
        };
        if (Branch is not null)
        {
            json["branch"] = Branch;
        }

        if (BuildUrl is not null)
        {
            json["buildUrl"] = BuildUrl.ToString();
        }

        if (Tags.Count > 0)
        {
            json["tags"] = new JArray(Tags);
        }

        json["contracts"] = new JArray(Contracts.Select(c => c.ToJson()));
        return json;
    }
}
