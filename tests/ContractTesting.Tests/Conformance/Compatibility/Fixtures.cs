using System.Text;
using System.Xml.Linq;
using ContractTesting.Generation;
using ContractTesting.Matching;
using ContractTesting.Models;
using ContractTesting.PactFiles;
using ContractTesting.Rules;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Tests.Conformance.Compatibility;

/// <summary>Turns the suite's table values (bodies, fixture files, matching-rule and generator fragments) into our model.</summary>
internal static class Fixtures
{
    /// <summary>
    /// A body from a table cell: <c>JSON: …</c>, <c>XML: …</c>, <c>file: name</c> (a body descriptor for <c>*-body.xml</c>),
    /// <c>EMPTY</c>, or plain text. The content type is the one given, else taken from the prefix or file extension, else
    /// (plain text, other files) the part's <paramref name="current"/> one, else <c>text/plain</c>.
    /// </summary>
    public static (Body Body, ContentType ContentType) BodyFrom(World world, string value, string? contentType, ContentType? current = null)
    {
        ContentType Given(string fallback) => ContentType.Parse(contentType ?? fallback);

        if (value.StartsWith("JSON:", StringComparison.Ordinal))
        {
            return Present(Encoding.UTF8.GetBytes(value[5..].Trim()), Given("application/json"));
        }

        if (value.StartsWith("XML:", StringComparison.Ordinal))
        {
            return Present(Encoding.UTF8.GetBytes(value[4..].Trim()), Given("application/xml"));
        }

        if (value.StartsWith("file:", StringComparison.Ordinal))
        {
            var name = value[5..].Trim();
            var path = Path.Combine(world.Fixtures, name);
            if (name.EndsWith("-body.xml", StringComparison.Ordinal))
            {
                return Descriptor(path);
            }

            var extensionType = Path.GetExtension(name) switch
            {
                ".json" => "application/json",
                ".xml" => "application/xml",
                ".jpg" => "image/jpeg",
                ".pdf" => "application/pdf",
                _ => current?.ToString() ?? "text/plain",
            };
            return Present(File.ReadAllBytes(path), Given(extensionType));
        }

        var text = value == "EMPTY" ? string.Empty : value;
        return Present(Encoding.UTF8.GetBytes(text), Given(current?.ToString() ?? "text/plain"));
    }

    private static (Body, ContentType) Descriptor(string path)
    {
        var root = XDocument.Load(path).Root!;
        var contentType = ContentType.Parse(root.Element("contentType")?.Value.Trim() ?? "text/plain");
        var contents = root.Element("contents");
        var text = contents?.Value.Trim() ?? string.Empty;
        if (contents?.Attribute("eol")?.Value == "CRLF")
        {
            text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal);
        }

        return Present(Encoding.UTF8.GetBytes(text), contentType);
    }

    private static (Body, ContentType) Present(byte[] bytes, ContentType type) => (Body.FromBytes(bytes, type), type);

    /// <summary>A JSON fragment from a table cell: <c>JSON: …</c> or the name of a fixture file.</summary>
    public static JToken Fragment(World world, string value) =>
        JToken.Parse(value.StartsWith("JSON:", StringComparison.Ordinal) ? value[5..].Trim() : File.ReadAllText(Path.Combine(world.Fixtures, value)));

    /// <summary>
    /// Reads matching rules and generators through the public pact reader, by placing them in a minimal pact of the
    /// given version (V3 by default; V2 rules are keyed by paths such as <c>$.body.one</c>).
    /// </summary>
    public static (MatchingRules Rules, Generators Generators) RulesAndGenerators(
        JToken? rules, JToken? generators, bool forResponse, PactSpecification specification = PactSpecification.V3)
    {
        var part = new JObject();
        if (rules is not null)
        {
            part["matchingRules"] = rules;
        }

        if (generators is not null)
        {
            part["generators"] = generators;
        }

        var pact = new JObject
        {
            ["consumer"] = new JObject { ["name"] = "consumer" },
            ["provider"] = new JObject { ["name"] = "provider" },
            ["interactions"] = new JArray(new JObject
            {
                ["description"] = "fixture",
                ["request"] = forResponse ? new JObject() : part,
                ["response"] = forResponse ? part : new JObject(),
            }),
            ["metadata"] = new JObject { ["pactSpecification"] = new JObject { ["version"] = specification.ToVersionString() } },
        };
        var http = (HttpInteraction)PactFile.Parse(pact.ToString()).Interactions[0];
        return forResponse
            ? (http.Response.MatchingRules, http.Response.Generators)
            : (http.Request.MatchingRules, http.Request.Generators);
    }

    /// <summary>Headers from a table cell such as <c>'X-A: 1234', 'X-B: 5'</c>.</summary>
    public static HeaderCollection Headers(string value) =>
        HeaderCollection.From(value.Split(',')
            .Select(h => h.Trim().Trim('\''))
            .Where(h => h.Length > 0)
            .Select(h => h.Split(':', 2))
            .Select(kv => new KeyValuePair<string, string>(kv[0].Trim(), kv[1].Trim())));

    /// <summary>
    /// The mismatch part a scenario names: <c>status</c>, <c>query</c>, <c>header</c>, <c>body</c>, or
    /// <c>body-content-type</c> (a body whose content type differs, so it could not be compared).
    /// </summary>
    public static MismatchPart Part(string kind) => kind switch
    {
        "body-content-type" => MismatchPart.BodyContentType,
        _ => Enum.Parse<MismatchPart>(kind, ignoreCase: true),
    };

    /// <summary>A table as a map from its header row to the cells of one data row.</summary>
    public static Dictionary<string, string> Row(List<List<string>> table, int row = 1) =>
        table[0].Zip(table[row]).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
}
