using System.Text;
using System.Xml.Linq;
using ContractTesting.Bodies;
using ContractTesting.Json;
using ContractTesting.Models;
using ContractTesting.Rules;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Generation;

/// <summary>Applies body generators: by JSON path for JSON, by element, attribute and text path for XML, by field for forms, and at <c>$</c> for anything else.</summary>
internal static class BodyGenerator
{
    public static Body Generate(Body body, ContentType? type, List<KeyValuePair<DocPath, Generator>> generators, GeneratorContext context)
    {
        if (generators.Count == 0 || !body.IsPresent)
        {
            return body;
        }

        if (type is { IsJson: true })
        {
            return GenerateJson(body, type, generators, context);
        }

        if (type is { IsXml: true })
        {
            return GenerateXml(body, generators, context);
        }

        if (type is { IsFormUrlEncoded: true })
        {
            return GenerateForm(body, generators, context);
        }

        var whole = generators.Where(g => g.Key.Length <= 1).Select(g => g.Value).LastOrDefault();
        return whole is null ? body : Body.FromText(JsonDisplay.TextOf(whole.Generate(new JValue(body.AsText()), context)), body.ContentType);
    }

    private static Body GenerateJson(Body body, ContentType type, List<KeyValuePair<DocPath, Generator>> generators, GeneratorContext context)
    {
        JToken root;
        try
        {
            root = body.ParseJson().DeepClone();
        }
        catch (JsonParseException e)
        {
            throw new GenerationException($"Cannot apply generators to the body: it is not valid JSON ({e.Message}).", e);
        }

        foreach (var (path, generator) in generators)
        {
            if (path.Length <= 1)
            {
                root = generator.Generate(root, context);
                continue;
            }

            foreach (var target in JsonPathSelector.Select(root, path))
            {
                target.Replace(generator.Generate(target, context));
            }
        }

        return Body.FromText(PactJson.Compact(root), body.ContentType);
    }

    private static Body GenerateXml(Body body, List<KeyValuePair<DocPath, Generator>> generators, GeneratorContext context)
    {
        XDocument document;
        try
        {
            document = XDocument.Parse(body.AsText(), LoadOptions.PreserveWhitespace);
        }
        catch (System.Xml.XmlException e)
        {
            throw new GenerationException($"Cannot apply generators to the body: it is not valid XML ({e.Message}).", e);
        }

        foreach (var (path, generator) in generators)
        {
            var fields = path.Tokens.Where(t => t.Kind is PathTokenKind.Field or PathTokenKind.Star).ToList();
            IEnumerable<XElement> elements = document.Root is { } root && fields.Count > 0 && Names(fields[0], root) ? [root] : [];
            foreach (var token in fields.Skip(1))
            {
                if (token.Name is { } name && name.StartsWith('@'))
                {
                    foreach (var attribute in elements.SelectMany(e => e.Attributes().Where(a => !a.IsNamespaceDeclaration && XmlNames.PathName(a.Name) == name[1..])).ToList())
                    {
                        attribute.Value = JsonDisplay.TextOf(generator.Generate(new JValue(attribute.Value), context));
                    }

                    elements = [];
                    break;
                }

                if (token.Name == "#text")
                {
                    foreach (var element in elements)
                    {
                        GenerateText(element, generator, context);
                    }

                    elements = [];
                    break;
                }

                elements = elements.SelectMany(e => e.Elements().Where(c => Names(token, c))).ToList();
            }

            foreach (var element in elements.Where(e => !e.HasElements))
            {
                element.Value = JsonDisplay.TextOf(generator.Generate(new JValue(element.Value), context));
            }
        }

        var text = document.Declaration is null ? document.ToString(SaveOptions.DisableFormatting) : document.Declaration + document.ToString(SaveOptions.DisableFormatting);
        return Body.FromText(text, body.ContentType);
    }

    /// <summary>
    /// Replaces the text directly inside an element (what <c>#text</c> names when matching) and keeps its child
    /// elements; an element without text gets the generated text appended.
    /// </summary>
    private static void GenerateText(XElement element, Generator generator, GeneratorContext context)
    {
        var texts = element.Nodes().OfType<XText>().Where(t => !string.IsNullOrWhiteSpace(t.Value)).ToList();
        if (texts.Count == 0)
        {
            element.Add(new XText(JsonDisplay.TextOf(generator.Generate(new JValue(string.Empty), context))));
            return;
        }

        foreach (var text in texts)
        {
            text.Value = JsonDisplay.TextOf(generator.Generate(new JValue(text.Value), context));
        }
    }

    /// <summary>Whether a path step names the element (see <see cref="XmlNames"/>), or is a wildcard.</summary>
    private static bool Names(PathToken token, XElement element) => token.Kind == PathTokenKind.Star || token.Name == XmlNames.PathName(element.Name);

    private static Body GenerateForm(Body body, List<KeyValuePair<DocPath, Generator>> generators, GeneratorContext context)
    {
        var fields = QueryCollection.Parse(body.AsText()).ToDictionary(p => p.Key, p => p.Value);
        foreach (var (path, generator) in generators)
        {
            var name = path.FirstField ?? path.Expression;
            var values = fields.TryGetValue(name, out var existing) && existing.Count > 0 ? existing : [string.Empty];
            fields[name] = [.. values.Select(v => (string?)JsonDisplay.TextOf(generator.Generate(new JValue(v ?? string.Empty), context)))];
        }

        return Body.FromBytes(Encoding.UTF8.GetBytes(new QueryCollection(fields).ToQueryString()), body.ContentType);
    }
}
