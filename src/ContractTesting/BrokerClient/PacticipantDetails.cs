using Newtonsoft.Json.Linq;

namespace ContractTesting.BrokerClient;

/// <summary>What to set on a pacticipant (<c>create-or-update-pacticipant</c>); only the fields that are set are sent.</summary>
public sealed record PacticipantDetails
{
    /// <summary>Its name. Required.</summary>
    public required string Name { get; init; }

    /// <summary>Its name for people, or null to leave it.</summary>
    public string? DisplayName { get; init; }

    /// <summary>Its main branch, or null to leave it.</summary>
    public string? MainBranch { get; init; }

    /// <summary>Its repository's URL, or null to leave it.</summary>
    public string? RepositoryUrl { get; init; }

    internal JObject ToJson()
    {
        var json = new JObject { ["name"] = Name };
        foreach (var (key, value) in new[] { ("displayName", DisplayName), ("mainBranch", MainBranch), ("repositoryUrl", RepositoryUrl) })
        {
            if (value is not null)
            {
                json[key] = value;
            }
        }

        return json;
    }
}
