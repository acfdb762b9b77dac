using Newtonsoft.Json.Linq;

namespace ContractTesting.BrokerClient;

/// <summary>One interaction's outcome in published verification results (an entry of <c>testResults</c>).</summary>
public sealed record InteractionTestResult
{
    /// <summary>The interaction's identifier in the broker's pact document (its <c>_id</c>).</summary>
    public required string InteractionId { get; init; }

    /// <summary>Whether it passed.</summary>
    public required bool Success { get; init; }

    /// <summary>Its description (<c>interactionDescription</c>), or null to leave it out.</summary>
    public string? Description { get; init; }

    /// <summary>How the provider's answer differed (<c>mismatches</c>; left out when empty, the default).</summary>
    public IReadOnlyList<TestResultMismatch> Mismatches { get; init; } = [];

    /// <summary>Errors other than mismatches (<c>exceptions</c>, each a <c>{message}</c>; left out when empty, the default).</summary>
    public IReadOnlyList<string> Exceptions { get; init; } = [];

    internal JObject ToJson()
    {
        var json = new JObject { ["interactionId"] = InteractionId, ["success"] = Success };
        if (Mismatches.Count > 0)
        {
            json["mismatches"] = new JArray(Mismatches.Select(m => m.ToJson()));
        }

        if (Exceptions.Count > 0)
        {
            json["exceptions"] = new JArray(Exceptions.Select(e => new JObject { ["message"] = e }));
        }

        if (Description is { } description)
        {
            json["interactionDescription"] = description;
        }

        return json;
    }
}
