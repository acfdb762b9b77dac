using System.Globalization;
using System.Text.Json.Nodes;
using ContractTesting.Broker.Http;

namespace ContractTesting.Broker.Matrix;

/// <summary>
/// Reads a matrix question from a query string, nested the way Rack nests it (<see cref="RackQuery"/>): the
/// <c>/matrix</c> form (<c>q[][pacticipant]=A&amp;q[][version]=1&amp;latestby=cvpv&amp;environment=production</c>) and
/// the <c>/can-i-deploy</c> form (<c>pacticipant=A&amp;version=1&amp;environment=production</c> or <c>to=TAG</c>).
/// Blank values count as absent. Problems with the form are collected in <c>errors</c>; whether the named pacticipants
/// and environment exist is <see cref="MatrixQueryValidator"/>'s part.
/// </summary>
internal static class MatrixQueryReader
{
    public static MatrixQuery ReadMatrix(string? queryString, List<string> errors)
    {
        var query = RackQuery.Parse(queryString);
        return new MatrixQuery
        {
            Selectors = Selectors(query, "q", errors),
            Ignore = Selectors(query, "ignore", errors),
            LatestBy = LatestBy(Text(query, "latestby"), errors),
            Latest = Text(query, "latest") == "true",
            Tag = Text(query, "tag"),
            Environment = Text(query, "environment"),
            MainBranch = Text(query, "mainBranch") == "true",
            Limit = Limit(Text(query, "limit"), errors),
        };
    }

    public static MatrixQuery ReadCanIDeploy(string? queryString, List<string> errors)
    {
        var query = RackQuery.Parse(queryString);
        var tag = Text(query, "to");
        var environment = Text(query, "environment");
        return new MatrixQuery
        {
            Selectors = [new MatrixSelector { Pacticipant = Text(query, "pacticipant"), Version = Text(query, "version") }],
            Ignore = query["ignore"] is JsonArray ignore
                ? [.. ignore.Select(item => item is JsonObject entry ? Selector(entry) : new MatrixSelector { Pacticipant = Blank(item as JsonValue) })]
                : [],
            LatestBy = environment is null ? MatrixLatestBy.ConsumerVersionProvider : MatrixLatestBy.ConsumerVersionProviderVersion,
            Latest = tag is not null,
            Tag = tag,
            Environment = environment,
        };
    }

    private static List<MatrixSelector> Selectors(JsonObject query, string key, List<string> errors)
    {
        switch (query[key])
        {
            case null:
                return [];
            case JsonArray list when list.All(item => item is JsonObject):
                return [.. list.Select(item => Selector((JsonObject)item!))];
            default:
                errors.Add($"The {key} parameter must be a list of selectors, such as {key}[][pacticipant]=NAME&{key}[][version]=NUMBER");
                return [];
        }
    }

    private static MatrixSelector Selector(JsonObject entry) => new()
    {
        Pacticipant = Text(entry, "pacticipant"),
        Version = Text(entry, "version"),
        Latest = Text(entry, "latest") == "true",
        Tag = Text(entry, "tag"),
        Branch = Text(entry, "branch"),
        MainBranch = Text(entry, "mainBranch") == "true",
        Environment = Text(entry, "environment"),
    };

    private static MatrixLatestBy LatestBy(string? value, List<string> errors)
    {
        switch (value)
        {
            case null:
                return MatrixLatestBy.None;
            case "cvpv":
                return MatrixLatestBy.ConsumerVersionProviderVersion;
            case "cvp":
                return MatrixLatestBy.ConsumerVersionProvider;
            case "cp":
                return MatrixLatestBy.ConsumerProvider;
            default:
                errors.Add($"latestby must be one of cvpv, cvp or cp, not '{value}'");
                return MatrixLatestBy.None;
        }
    }

    private static int Limit(string? value, List<string> errors)
    {
        if (value is null)
        {
            return MatrixQuery.DefaultLimit;
        }

        if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var limit) && limit >= 1)
        {
            return limit;
        }

        errors.Add("The limit must be 1 or greater.");
        return MatrixQuery.DefaultLimit;
    }

    private static string? Text(JsonObject json, string key) => Blank(json[key] as JsonValue);

    private static string? Blank(JsonValue? value) =>
        value is not null && value.TryGetValue<string>(out var text) && text.Length > 0 ? text : null;
}
