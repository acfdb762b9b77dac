using System.Text;
using System.Text.Json.Nodes;
using ContractTesting.Broker.Http;
using ContractTesting.Broker.Pacts;

namespace ContractTesting.Broker.Publishing;

/// <summary>
/// Validates a publish request the way the Pact Broker does (its messages, so the CLI prints what users know), and
/// then checks that each contract is a valid pact with the engine's reader. Every problem is collected; a request
/// with any gets one 400 listing them all.
/// </summary>
internal static class PublishRequestReader
{
    private const string Contracts = "contracts";

    /// <exception cref="BrokerProblem">400 with the errors by field.</exception>
    public static PublishRequest Read(JsonObject json)
    {
        var errors = new ValidationErrors();
        var fields = JsonFieldReader.ForFields(json, errors);
        var pacticipant = fields.RequiredString("pacticipantName");
        var version = fields.RequiredString("pacticipantVersionNumber", singleLine: true);
        var branch = fields.OptionalString("branch", allowBlank: false, singleLine: true);
        var buildUrl = fields.OptionalString("buildUrl", singleLine: true);
        var tags = fields.OptionalStringList("tags") ?? [];
        var contracts = new List<ContractToPublish>();
        if (fields.RequiredArray(Contracts) is { } list)
        {
            for (var i = 0; i < list.Count; i++)
            {
                if (list[i] is not JsonObject item)
                {
                    errors.Add(Contracts, $"must be an object (at index {i})");
                    continue;
                }

                if (ReadContract(item, i, pacticipant, errors) is { } contract)
                {
                    contracts.Add(contract);
                }
            }
        }

        errors.ThrowIfAny();
        return new PublishRequest(pacticipant!, version!, branch, string.IsNullOrWhiteSpace(buildUrl) ? null : buildUrl, tags.Distinct().ToList(), contracts);
    }

    private static ContractToPublish? ReadContract(JsonObject item, int index, string? pacticipant, ValidationErrors errors)
    {
        var fields = JsonFieldReader.ForItem(item, errors, Contracts, index);
        var before = errors.Count;
        var consumer = fields.RequiredString("consumerName");
        var provider = fields.RequiredString("providerName");
        var encoded = fields.RequiredString("content");
        var contentType = fields.RequiredString("contentType");
        var specification = fields.RequiredString("specification");
        var onConflict = fields.OptionalString("onConflict");
        if (contentType is not null && contentType != "application/json")
        {
            fields.Report("contentType", $"must be one of: application/json (it is '{contentType}')");
        }

        if (specification is not null && specification != "pact")
        {
            fields.Report("specification", $"must be one of: pact (it is '{specification}')");
        }

        if (onConflict is not null && onConflict is not ("overwrite" or "merge"))
        {
            fields.Report("onConflict", $"must be one of: overwrite, merge (it is '{onConflict}')");
        }

        if (pacticipant is not null && consumer is not null && consumer != pacticipant)
        {
            errors.Add(Contracts, $"consumerName ('{consumer}') must match pacticipantName ('{pacticipant}') (at index {index})");
        }

        if (encoded is null || errors.Count != before)
        {
            return null;
        }

        var text = Decode(encoded, index, errors);
        if (text is null)
        {
            return null;
        }

        var content = PactContent.TryParse(text, out var problem);
        if (content is null)
        {
            errors.Add(Contracts, $"{problem} (at index {index})");
            return null;
        }

        if (content.ConsumerName is { } inContent && inContent != consumer)
        {
            errors.Add(Contracts, $"consumer name in contract content ('{inContent}') must match consumerName in contract params ('{consumer}') (at index {index})");
            return null;
        }

        if (content.ProviderName is { } providerInContent && providerInContent != provider)
        {
            errors.Add(Contracts, $"provider name in contract content ('{providerInContent}') must match providerName in contract params ('{provider}') (at index {index})");
            return null;
        }

        return new ContractToPublish(consumer!, provider!, content, onConflict == "merge");
    }

    private static string? Decode(string encoded, int index, ValidationErrors errors)
    {
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(encoded);
        }
        catch (FormatException)
        {
            errors.Add(Contracts, $"content is not valid Base64 (at index {index})");
            return null;
        }

        try
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            errors.Add(Contracts, $"content has a non UTF-8 character at byte {e.Index + 1} and cannot be parsed as JSON (at index {index})");
            return null;
        }
    }
}
