using System.Globalization;
using ContractTesting.Json;
using ContractTesting.Models;
using ContractTesting.Rules;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Generation;

/// <summary>
/// Applies the generators of a request, response or message: each generated value replaces the example at its path.
/// Generators that do not apply in the context's mode are left out (provider-state values on the consumer side,
/// mock-server URLs on the provider side).
/// </summary>
public static class InteractionGenerator
{
    /// <summary>A copy of the request with generated values (path, query, headers, body).</summary>
    /// <exception cref="GenerationException">A generator could not produce a value.</exception>
    public static HttpRequest Generate(HttpRequest request, GeneratorContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        var generators = request.Generators;
        return request with
        {
            Path = Whole(generators.Category(MatchingRules.Path), context) is { } path
                ? Text(path.Generate(new JValue(request.Path), context))
                : request.Path,
            Query = GenerateQuery(request.Query, Active(generators.Category(MatchingRules.Query), context), context),
            Headers = GenerateHeaders(request.Headers, Active(generators.Category(MatchingRules.Header), context), context),
            Body = BodyGenerator.Generate(request.Body, request.ContentType, Active(generators.Category(MatchingRules.Body), context), context),
        };
    }

    /// <summary>A copy of the response with generated values (status, headers, body).</summary>
    /// <exception cref="GenerationException">A generator could not produce a value.</exception>
    public static HttpResponse Generate(HttpResponse response, GeneratorContext context)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(context);
        var generators = response.Generators;
        return response with
        {
            Status = Whole(generators.Category(MatchingRules.Status), context) is { } status
                ? Status(status.Generate(new JValue(response.Status), context))
                : response.Status,
            Headers = GenerateHeaders(response.Headers, Active(generators.Category(MatchingRules.Header), context), context),
            Body = BodyGenerator.Generate(response.Body, response.ContentType, Active(generators.Category(MatchingRules.Body), context), context),
        };
    }

    /// <summary>A copy of the message with generated values (contents and metadata).</summary>
    /// <exception cref="GenerationException">A generator could not produce a value.</exception>
    public static MessageContents Generate(MessageContents message, GeneratorContext context)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(context);
        var generators = message.Generators;
        var content = generators.Category(MatchingRules.Content).Concat(generators.Category(MatchingRules.Body)).ToList();
        var metadata = message.Metadata.ToDictionary(m => m.Key, m => m.Value);
        foreach (var (path, generator) in Active(generators.Category(MatchingRules.Metadata), context))
        {
            var key = path.FirstField ?? path.Expression;
            metadata[key] = generator.Generate(metadata.TryGetValue(key, out var current) ? current : JValue.CreateString(string.Empty), context);
        }

        return message with
        {
            Contents = BodyGenerator.Generate(message.Contents, message.ContentType, Active(content, context), context),
            Metadata = metadata,
        };
    }

    private static List<KeyValuePair<DocPath, Generator>> Active(IEnumerable<KeyValuePair<DocPath, Generator>> generators, GeneratorContext context) =>
        [.. generators.Where(g => g.Value.AppliesIn(context.Mode))];

    /// <summary>The generator for a whole part (path, status), if one applies.</summary>
    private static Generator? Whole(IEnumerable<KeyValuePair<DocPath, Generator>> generators, GeneratorContext context) =>
        Active(generators, context).Select(g => g.Value).LastOrDefault();

    private static string Text(JToken value) => JsonDisplay.TextOf(value);

    private static int Status(JToken value) =>
        int.TryParse(Text(value), NumberStyles.None, CultureInfo.InvariantCulture, out var status) && status is >= 100 and <= 599
            ? status
            : throw new GenerationException($"The generated status '{Text(value)}' is not an HTTP status code.");

    private static QueryCollection GenerateQuery(QueryCollection query, List<KeyValuePair<DocPath, Generator>> generators, GeneratorContext context)
    {
        if (generators.Count == 0)
        {
            return query;
        }

        var parameters = query.ToDictionary(p => p.Key, p => p.Value);
        foreach (var (path, generator) in generators)
        {
            var name = path.FirstField ?? path.Expression;
            var values = parameters.TryGetValue(name, out var existing) && existing.Count > 0 ? existing : [string.Empty];
            parameters[name] = [.. values.Select(v => (string?)Text(generator.Generate(new JValue(v ?? string.Empty), context)))];
        }

        return new QueryCollection(parameters);
    }

    private static HeaderCollection GenerateHeaders(HeaderCollection headers, List<KeyValuePair<DocPath, Generator>> generators, GeneratorContext context)
    {
        foreach (var (path, generator) in generators)
        {
            var name = path.FirstField ?? path.Expression;
            var values = headers.TryGetValue(name, out var existing) && existing.Count > 0 ? existing : [string.Empty];
            headers = headers.With(name, [.. values.Select(v => Text(generator.Generate(new JValue(v), context)))]);
        }

        return headers;
    }
}
