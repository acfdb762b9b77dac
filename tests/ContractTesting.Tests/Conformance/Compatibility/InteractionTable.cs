using System.Globalization;
using ContractTesting.Models;

namespace ContractTesting.Tests.Conformance.Compatibility;

/// <summary>
/// The consumer features' tables: "the following HTTP interactions have been defined" (one interaction a row) and
/// "… with the following changes" (a header row and one row of new request values, applied column by column).
/// </summary>
internal static class InteractionTable
{
    /// <summary>The interactions of a table; the one in row N (counting from 1) is described as <c>Interaction N-1</c>, as upstream does.</summary>
    public static List<HttpInteraction> Parse(World world, List<List<string>> table)
    {
        var interactions = new List<HttpInteraction>();
        for (var row = 1; row < table.Count; row++)
        {
            var cells = table[0].Zip(table[row]).ToList();
            var values = Fixtures.Row(table, row);
            interactions.Add(new HttpInteraction
            {
                Description = $"Interaction {row - 1}",
                Request = Apply(world, new HttpRequest(), cells),
                Response = Response(world, values),
            });
        }

        return interactions;
    }

    /// <summary>The request with the changes of a one-row table applied in column order.</summary>
    public static HttpRequest Change(World world, HttpRequest request, List<List<string>> table) =>
        Apply(world, request, [.. table[0].Zip(table[1])]);

    private static HttpRequest Apply(World world, HttpRequest request, List<(string Column, string Value)> cells)
    {
        foreach (var (column, value) in cells)
        {
            request = column switch
            {
                "method" => request with { Method = value },
                "path" => request with { Path = value },
                "query" => request with { Query = QueryCollection.Parse(value) },
                "headers" when value.Length > 0 => request with { Headers = Fixtures.Headers(value) },
                "raw headers" => request with { Headers = new HeaderCollection([.. request.Headers, .. Fixtures.Headers(value)]) },
                "body" when value.Length > 0 => WithBody(world, request, value),
                "matching rules" when value.Length > 0 => request with
                {
                    MatchingRules = Fixtures.RulesAndGenerators(Fixtures.Fragment(world, value), null, forResponse: false, world.Specification).Rules,
                },
                _ => request,
            };
        }

        return request;
    }

    private static HttpRequest WithBody(World world, HttpRequest request, string value)
    {
        var (body, type) = Fixtures.BodyFrom(world, value, null, request.ContentType);
        return request with { Body = body, Headers = request.Headers.With("Content-Type", type.ToString()) };
    }

    private static HttpResponse Response(World world, Dictionary<string, string> row)
    {
        var response = new HttpResponse();
        if (row.TryGetValue("response", out var status) && status.Length > 0)
        {
            response = response with { Status = int.Parse(status, CultureInfo.InvariantCulture) };
        }

        if (row.TryGetValue("response headers", out var headers) && headers.Length > 0)
        {
            response = response with { Headers = Fixtures.Headers(headers) };
        }

        if (row.TryGetValue("response body", out var body) && body.Length > 0)
        {
            var contentType = row.GetValueOrDefault("response content") is { Length: > 0 } given ? given : null;
            var (content, type) = Fixtures.BodyFrom(world, body, contentType);
            response = response with { Body = content, Headers = response.Headers.With("Content-Type", type.ToString()) };
        }

        if (row.TryGetValue("response matching rules", out var rules) && rules.Length > 0)
        {
            response = response with
            {
                MatchingRules = Fixtures.RulesAndGenerators(Fixtures.Fragment(world, rules), null, forResponse: true, world.Specification).Rules,
            };
        }

        return response;
    }
}
