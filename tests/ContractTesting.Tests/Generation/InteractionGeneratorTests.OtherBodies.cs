using ContractTesting.Generation;
using ContractTesting.Models;
using ContractTesting.Rules;
using ContractTesting.Tests.Support;

namespace ContractTesting.Tests.Generation;

public sealed partial class InteractionGeneratorTests
{
    private const string OrderXml = """<order id="1" status="new"><customer>Ada</customer><items><item sku="a">3</item><item sku="b">4</item></items></order>""";

    private static HttpRequest XmlRequest(string xml, Generators generators) => new()
    {
        Headers = HeaderCollection.From([new("Content-Type", "application/xml")]),
        Body = Body.FromText(xml),
        Generators = generators,
    };

    public static TheoryData<string, string> XmlPaths => new()
    {
        { "$.order.customer", """<order id="1" status="new"><customer>7</customer><items><item sku="a">3</item><item sku="b">4</item></items></order>""" },
        { "$.order.@id", """<order id="7" status="new"><customer>Ada</customer><items><item sku="a">3</item><item sku="b">4</item></items></order>""" },
        { "$.order.customer.#text", """<order id="1" status="new"><customer>7</customer><items><item sku="a">3</item><item sku="b">4</item></items></order>""" },
        { "$.order.items.item", """<order id="1" status="new"><customer>Ada</customer><items><item sku="a">7</item><item sku="b">7</item></items></order>""" },
        { "$.order.items.item[*]", """<order id="1" status="new"><customer>Ada</customer><items><item sku="a">7</item><item sku="b">7</item></items></order>""" },
        { "$.order.items.item.@sku", """<order id="1" status="new"><customer>Ada</customer><items><item sku="7">3</item><item sku="7">4</item></items></order>""" },
        { "$.order.*.item", """<order id="1" status="new"><customer>Ada</customer><items><item sku="a">7</item><item sku="b">7</item></items></order>""" },
        { "$.order.@missing", OrderXml },
        { "$.order.nothing", OrderXml },
        { "$.other.customer", OrderXml },
    };

    [Theory]
    [MemberData(nameof(XmlPaths))]
    public void Generate_XmlBodyGeneratorAtPath_ReplacesTextThere(string path, string expected)
    {
        var request = XmlRequest(OrderXml, One(MatchingRules.Body, path, new RandomIntGenerator(7, 7)));

        var generated = InteractionGenerator.Generate(request, GeneratorContexts.Consumer());

        Assert.Equal(expected, generated.Body.AsText());
    }

    [Fact]
    public void Generate_XmlElementWithChildren_LeavesItUnchanged()
    {
        var request = XmlRequest(OrderXml, One(MatchingRules.Body, "$.order.items", new RandomIntGenerator(7, 7)));

        var generated = InteractionGenerator.Generate(request, GeneratorContexts.Consumer());

        Assert.Equal(OrderXml, generated.Body.AsText());
    }

    [Theory]
    [InlineData("<note>Call <b>now</b></note>", "<note>7<b>now</b></note>")]
    [InlineData("<note><b>now</b></note>", "<note><b>now</b>7</note>")]
    [InlineData("<note>-1<b>now</b>-2</note>", "<note>7<b>now</b>7</note>")]
    [InlineData("<note></note>", "<note>7</note>")]
    [InlineData("<note/>", "<note>7</note>")]
    public void Generate_XmlTextPath_ReplacesOnlyTextNodes(string xml, string expected)
    {
        var request = XmlRequest(xml, One(MatchingRules.Body, "$.note['#text']", new RandomIntGenerator(7, 7)));

        var generated = InteractionGenerator.Generate(request, GeneratorContexts.Consumer());

        Assert.Equal(expected, generated.Body.AsText());
    }

    [Fact]
    public void Generate_XmlWithDeclaration_KeepsDeclaration()
    {
        var request = XmlRequest("""<?xml version="1.0" encoding="UTF-8"?><id>1</id>""", One(MatchingRules.Body, "$.id", new RandomIntGenerator(7, 7)));

        var generated = InteractionGenerator.Generate(request, GeneratorContexts.Consumer());

        Assert.Equal("""<?xml version="1.0" encoding="UTF-8"?><id>7</id>""", generated.Body.AsText());
    }

    [Fact]
    public void Generate_XmlNamespacedElementPath_NamesTheNamespaceNotThePrefix()
    {
        var request = XmlRequest("""<o:order xmlns:o="urn:o"><o:id>1</o:id><id>2</id></o:order>""", One(MatchingRules.Body, "$['urn:o:order']['urn:o:id']", new RandomIntGenerator(7, 7)));

        var generated = InteractionGenerator.Generate(request, GeneratorContexts.Consumer());

        Assert.Equal("""<o:order xmlns:o="urn:o"><o:id>7</o:id><id>2</id></o:order>""", generated.Body.AsText());
    }

    [Fact]
    public void Generate_XmlNamespacedAttributePath_ReplacesOnlyThatAttribute()
    {
        // Paths name a namespaced attribute by its namespace URI, as matching rules do, so the prefix does not matter.
        var request = XmlRequest("""<a xmlns:n="urn:n" n:attr="-1" attr="-2"/>""", One(MatchingRules.Body, "$.a['@urn:n:attr']", new RandomIntGenerator(7, 7)));

        var generated = InteractionGenerator.Generate(request, GeneratorContexts.Consumer());

        Assert.Equal("""<a xmlns:n="urn:n" n:attr="7" attr="-2" />""", generated.Body.AsText());
    }

    [Fact]
    public void Generate_XmlBodyThatIsNotXml_ThrowsGenerationException()
    {
        var request = XmlRequest("<order><id>1</order>", One(MatchingRules.Body, "$.order.id", new RandomIntGenerator()));

        var error = Assert.Throws<GenerationException>(() => InteractionGenerator.Generate(request, GeneratorContexts.Consumer()));

        Assert.Contains("not valid XML", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_FormBodyGenerator_ReplacesField()
    {
        var request = new HttpRequest
        {
            Headers = HeaderCollection.From([new("Content-Type", "application/x-www-form-urlencoded")]),
            Body = Body.FromText("id=1&name=Ada+Lovelace&id=2"),
            Generators = One(MatchingRules.Body, "$.id", new RandomIntGenerator(7, 7)),
        };

        var generated = InteractionGenerator.Generate(request, GeneratorContexts.Consumer());

        var fields = QueryCollection.Parse(generated.Body.AsText());
        Assert.Equal(["7", "7"], fields["id"]);
        Assert.Equal(["Ada Lovelace"], fields["name"]);
    }

    [Fact]
    public void Generate_FormBodyProviderState_EncodesValue()
    {
        var request = new HttpRequest
        {
            Headers = HeaderCollection.From([new("Content-Type", "application/x-www-form-urlencoded")]),
            Body = Body.FromText("q=x"),
            Generators = One(MatchingRules.Body, "$.q", new ProviderStateGenerator("${q}")),
        };
        var context = GeneratorContexts.ProviderWithState(("q", "\"a&b=c d\""));

        var generated = InteractionGenerator.Generate(request, context);

        Assert.Equal(["a&b=c d"], QueryCollection.Parse(generated.Body.AsText())["q"]);
    }

    [Fact]
    public void Generate_PlainTextBodyGeneratorAtRoot_ReplacesWholeText()
    {
        var type = ContentType.Parse("text/plain; charset=utf-8");
        var request = new HttpRequest { Body = Body.FromText("hello", type), Generators = One(MatchingRules.Body, "$", new RandomStringGenerator(12)) };

        var generated = InteractionGenerator.Generate(request, GeneratorContexts.Consumer());

        Assert.Matches("^[A-Za-z0-9]{12}$", generated.Body.AsText());
        Assert.Equal(type, generated.Body.ContentType);
    }

    [Fact]
    public void Generate_PlainTextBodyGeneratorBelowRoot_LeavesText()
    {
        var request = new HttpRequest { Body = Body.FromText("hello", ContentType.Text), Generators = One(MatchingRules.Body, "$.a", new RandomStringGenerator(12)) };

        var generated = InteractionGenerator.Generate(request, GeneratorContexts.Consumer());

        Assert.Equal("hello", generated.Body.AsText());
    }
}
