using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContractTesting.Broker.Environments;
using ContractTesting.Broker.Http;

namespace ContractTesting.Broker.PactsForVerification;

/// <summary>
/// Reads a pacts-for-verification request: the JSON body of the POST (<c>providerVersionBranch</c>,
/// <c>providerVersionTags</c>, <c>consumerVersionSelectors</c>, <c>includePendingStatus</c>, <c>includeWipPactsSince</c>)
/// or the query of the deprecated GET (the same names in snake case). Every problem is reported at once, selectors'
/// ones under <c>consumerVersionSelectors</c> with their index, as the Pact Broker does.
/// </summary>
internal sealed class ForVerificationRequestReader(EnvironmentStore environments)
{
    private const string SelectorsField = "consumerVersionSelectors";
    private static readonly string[] BooleanQueryKeys = ["latest", "mainBranch", "matchingBranch", "deployed", "released", "deployedOrReleased", "includePendingStatus"];

    /// <exception cref="BrokerProblem">400 with every problem by field.</exception>
    public async Task<ForVerificationRequest> ReadAsync(JsonObject json, bool deprecated, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var reader = JsonFieldReader.ForFields(json, errors);
        var branch = reader.OptionalString("providerVersionBranch", singleLine: true);
        if (branch is { Length: > 0 } && branch.Trim().Length == 0)
        {
            errors.Add("providerVersionBranch", "cannot be blank");
        }

        var tags = reader.OptionalStringList("providerVersionTags") ?? [];
        var pending = reader.OptionalBoolean("includePendingStatus");
        var since = ReadDate(json, errors);
        if (tags.Count == 0 && (since is not null || pending == true) && branch is not null && branch.Trim().Length == 0 && !errors.Any)
        {
            errors.Add("providerVersionBranch",
                "when pending or WIP pacts are enabled and there are no tags provided, the provider version branch must not be an empty string, as it is used in the calculations for WIP/pending. A value must be provided (recommended), or it must not be set at all.");
        }

        var selectors = await ReadSelectorsAsync(json, string.IsNullOrWhiteSpace(branch) ? null : branch, errors, cancellationToken).ConfigureAwait(false);
        errors.ThrowIfAny();
        return new ForVerificationRequest(string.IsNullOrWhiteSpace(branch) ? null : branch, tags, selectors, pending ?? true, since, deprecated);
    }

    /// <summary>The query of the GET form as the JSON body of the POST (<c>consumer_version_selectors[][tag]=…</c> becomes <c>consumerVersionSelectors: [{tag}]</c>).</summary>
    public static JsonObject FromQuery(string? query) => (JsonObject)Camelise(RackQuery.Parse(query))!;

    private async Task<List<ConsumerVersionSelector>> ReadSelectorsAsync(
        JsonObject json, string? branch, ValidationErrors errors, CancellationToken cancellationToken)
    {
        var selectors = new List<ConsumerVersionSelector>();
        if (json[SelectorsField] is not { } node)
        {
            return selectors;
        }

        if (node is not JsonArray list)
        {
            errors.Add(SelectorsField, "must be an array");
            return selectors;
        }

        for (var i = 0; i < list.Count; i++)
        {
            var index = i;
            void Report(string problem) => errors.Add(SelectorsField, $"{problem} (at index {index})");
            if (list[i] is not JsonObject item)
            {
                Report("must be an object");
                continue;
            }

            var read = SelectorReader.Read(item, branch, Report);
            if (read.Count > 0 && read[0].Environment is { } environment && await environments.FindByNameAsync(environment, cancellationToken).ConfigureAwait(false) is null)
            {
                Report($"environment with name '{environment}' does not exist");
                continue;
            }

            selectors.AddRange(read);
        }

        return selectors;
    }

    private static DateTimeOffset? ReadDate(JsonObject json, ValidationErrors errors)
    {
        if (json["includeWipPactsSince"] is not { } node)
        {
            return null;
        }

        if (node is JsonValue value && value.GetValueKind() == JsonValueKind.String
            && DateTimeOffset.TryParse(value.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var since))
        {
            return since;
        }

        errors.Add("includeWipPactsSince", "must be a date (e.g. 2024-01-31 or 2024-01-31T10:00:00Z)");
        return null;
    }

    private static JsonNode? Camelise(JsonNode? node) => node switch
    {
        JsonObject json => new JsonObject(json.Select(p =>
        {
            var key = CamelCase(p.Key);
            var value = Camelise(p.Value);
            if (BooleanQueryKeys.Contains(key) && value is JsonValue text && text.GetValue<string>() is "true" or "false")
            {
                value = text.GetValue<string>() == "true";
            }

            return KeyValuePair.Create(key, value);
        })),
        JsonArray array => new JsonArray([.. array.Select(Camelise)]),
        _ => node?.DeepClone(),
    };

    private static string CamelCase(string key)
    {
        var parts = key.Split('_');
        return parts[0] + string.Concat(parts.Skip(1).Select(p => p.Length == 0 ? p : char.ToUpperInvariant(p[0]) + p[1..]));
    }
}
