namespace ContractTesting.BrokerClient;

/// <summary>A version recorded as deployed to an environment or released there (a deployed or released version of the broker).</summary>
public sealed record RecordedVersion
{
    /// <summary>The record's identifier (<c>uuid</c>), or null when the broker did not say.</summary>
    public string? Uuid { get; init; }

    /// <summary>The pacticipant.</summary>
    public required string Pacticipant { get; init; }

    /// <summary>The version number.</summary>
    public required string Version { get; init; }

    /// <summary>The environment's name.</summary>
    public required string Environment { get; init; }

    /// <summary>The application instance (<c>applicationInstance</c>, formerly <c>target</c>), or null for the default one.</summary>
    public string? ApplicationInstance { get; init; }

    /// <summary>Whether it is still deployed (<c>currentlyDeployed</c>) or still supported (<c>currentlySupported</c>), or null when the broker did not say.</summary>
    public bool? Current { get; init; }

    /// <summary>The record's URL (<c>self</c>), or null.</summary>
    public Uri? Self { get; init; }

    internal static RecordedVersion Read(HalResource resource, string pacticipant, string version, string environment)
    {
        var json = resource.Json;
        var embedded = json["_embedded"];
        return new RecordedVersion
        {
            Uuid = HalValues.Text(json["uuid"]),
            Pacticipant = HalValues.Text(embedded?["pacticipant"]?["name"]) ?? pacticipant,
            Version = HalValues.Text(embedded?["version"]?["number"]) ?? version,
            Environment = HalValues.Text(embedded?["environment"]?["name"]) ?? environment,
            ApplicationInstance = HalValues.Text(json["applicationInstance"]) ?? HalValues.Text(json["target"]),
            Current = HalValues.Flag(json["currentlyDeployed"]) ?? HalValues.Flag(json["currentlySupported"]),
            Self = resource.Self,
        };
    }
}
