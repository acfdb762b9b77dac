using ContractTesting.Models;
using ContractTesting.Rules;
using Newtonsoft.Json.Linq;

namespace ContractTesting.PactFiles;

internal static partial class PactWriter
{
    private static JObject WriteRequest(HttpRequest request, PactSpecification version)
    {
        var json = new JObject
        {
            ["method"] = request.Method.ToUpperInvariant(),
            ["path"] = request.Path,
        };
        var headers = WithDeclaredContentType(request.Headers, request.Body, version);
        WriteQuery(json, request.Query, version);
        WriteHeaders(json, headers, version);
        WriteBody(json, "body", request.Body, request.ContentType, version, headers.GetJoined("Content-Type"));
        WriteRules(json, request.MatchingRules, request.Generators, version);
        return json;
    }

    private static JObject WriteResponse(HttpResponse response, PactSpecification version)
    {
        var json = new JObject { ["status"] = response.Status };
        var headers = WithDeclaredContentType(response.Headers, response.Body, version);
        WriteHeaders(json, headers, version);
        WriteBody(json, "body", response.Body, response.ContentType, version, headers.GetJoined("Content-Type"));
        WriteRules(json, response.MatchingRules, response.Generators, version);
        return json;
    }

    private static void WriteMessageContents(JObject json, MessageContents message, PactSpecification version)
    {
        var metadata = new JObject(message.Metadata.Select(m => new JProperty(m.Key, m.Value.DeepClone())));
        if (version != PactSpecification.V4 && message.Contents is { IsPresent: true, ContentType: { } declared } && MessageContents.ContentTypeIn(message.Metadata) is null)
        {
            // Before V4 the content type of message contents lives in the metadata only.
            metadata["contentType"] = declared.ToString();
        }

        WriteBody(json, "contents", message.Contents, message.ContentType, version, MessageContents.ContentTypeIn(metadata.Properties().ToDictionary(p => p.Name, p => p.Value)));
        json["metadata"] = metadata;
        WriteRules(json, message.MatchingRules, message.Generators, version);
    }

    // Before V4 a body's content type lives in the Content-Type header only, so a declared one must become a header.
    private static HeaderCollection WithDeclaredContentType(HeaderCollection headers, Body body, PactSpecification version) =>
        version != PactSpecification.V4 && body is { IsPresent: true, ContentType: { } declared } && !headers.ContainsKey("Content-Type")
            ? headers.With("Content-Type", declared.ToString())
            : headers;

    private static void WriteQuery(JObject json, QueryCollection query, PactSpecification version)
    {
        if (version < PactSpecification.V3)
        {
            if (query.Count > 0 || query.RawText is not null)
            {
                json["query"] = query.ToQueryString();
            }

            return;
        }

        if (query.Count > 0)
        {
            json["query"] = new JObject(query.Select(p => new JProperty(p.Key, new JArray(p.Value.Select(v => v is null ? JValue.CreateNull() : new JValue(v))))));
        }
    }

    private static void WriteHeaders(JObject json, HeaderCollection headers, PactSpecification version)
    {
        if (headers.Count == 0)
        {
            return;
        }

        json["headers"] = new JObject(headers.Select(h => new JProperty(h.Key, version == PactSpecification.V4
            ? new JArray(h.Value)
            : new JValue(string.Join(", ", h.Value)))));
    }

    private static void WriteRules(JObject json, MatchingRules rules, Generation.Generators generators, PactSpecification version)
    {
        if (!rules.IsEmpty)
        {
            json["matchingRules"] = version == PactSpecification.V2 ? RuleJson.ToV2Json(rules) : RuleJson.ToJson(rules);
        }

        if (!generators.IsEmpty)
        {
            json["generators"] = GeneratorJson.ToJson(generators);
        }
    }
}
