using Newtonsoft.Json.Linq;

namespace ContractTesting.BrokerClient;

/// <summary>An environment on the broker (<c>production</c>, <c>test</c>…) that versions are deployed or released to.</summary>
public sealed record BrokerEnvironment
{
    /// <summary>Its identifier (<c>uuid</c>).</summary>
    public required string Uuid { get; init; }

    /// <summary>Its name, e.g. <c>production</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Its name for people, e.g. <c>Production</c>, or null.</summary>
    public string? DisplayName { get; init; }

    /// <summary>Whether it is a production environment.</summary>
    public bool Production { get; init; }

    /// <summary>Who to contact about it. Empty by default.</summary>
    public IReadOnlyList<EnvironmentContact> Contacts { get; init; } = [];

    /// <summary>When it was created, or null when the broker did not say.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Its resource URL (<c>self</c>), or null.</summary>
    public Uri? Self { get; init; }

    internal static BrokerEnvironment Read(HalResource resource)
    {
        var json = resource.Json;
        return new BrokerEnvironment
        {
            Uuid = HalValues.Text(json["uuid"]) ?? throw new PactBrokerException($"The environment at {resource.Location} has no 'uuid'."),
            Name = HalValues.Text(json["name"]) ?? throw new PactBrokerException($"The environment at {resource.Location} has no 'name'."),
            DisplayName = HalValues.Text(json["displayName"]),
            Production = HalValues.Flag(json["production"]) ?? false,
            Contacts = [.. (json["contacts"] as JArray ?? []).OfType<JObject>().Select(c => new EnvironmentContact(
                HalValues.Text(c["name"]) ?? string.Empty, HalValues.Text(c["details"]?["emailAddress"]) ?? HalValues.Text(c["email"])))],
            CreatedAt = HalValues.Time(json["createdAt"]),
            Self = resource.Self,
        };
    }
}
