using Newtonsoft.Json.Linq;

namespace ContractTesting.BrokerClient;

/// <summary>An environment to create (the body of <c>POST pb:environments</c>), as <c>pact broker create-environment</c> sends it.</summary>
public sealed record NewEnvironment
{
    /// <summary>Its name, without spaces, e.g. <c>production</c>. Required.</summary>
    public required string Name { get; init; }

    /// <summary>Its name for people, or null to let the broker make one from <see cref="Name"/>.</summary>
    public string? DisplayName { get; init; }

    /// <summary>Whether it is a production environment. Defaults to false.</summary>
    public bool Production { get; init; }

    /// <summary>Who to contact about it. Empty by default.</summary>
    public IReadOnlyList<EnvironmentContact> Contacts { get; init; } = [];

    /// <summary>Checks the environment as the broker will.</summary>
    /// <exception cref="ArgumentException">The name is blank or has spaces, or a contact has no name.</exception>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(Contacts, nameof(Contacts));
        if (string.IsNullOrWhiteSpace(Name) || Name.Any(char.IsWhiteSpace))
        {
            throw new ArgumentException($"An environment name must not be blank or contain spaces ('{Name}').", nameof(Name));
        }

        if (Contacts.Any(c => c is null || string.IsNullOrWhiteSpace(c.Name)))
        {
            throw new ArgumentException("Every contact of an environment needs a name.", nameof(Contacts));
        }
    }

    internal JObject ToJson()
    {
        var json = new JObject { ["name"] = Name, ["production"] = Production };
        if (DisplayName is not null)
        {
            json["displayName"] = DisplayName;
        }

        if (Contacts.Count > 0)
        {
            json["contacts"] = new JArray(Contacts.Select(c => new JObject
            {
                ["name"] = c.Name,
                ["details"] = c.EmailAddress is null ? new JObject() : new JObject { ["emailAddress"] = c.EmailAddress },
            }));
        }

        return json;
    }
}
