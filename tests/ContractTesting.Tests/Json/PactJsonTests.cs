using ContractTesting.Json;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Tests.Json;

public sealed class PactJsonTests
{
    [Fact]
    public void Parse_DecimalWithTrailingZero_KeepsItsDigits()
    {
        var token = PactJson.Parse("""{"price": 1.10, "count": 3}""");

        Assert.Equal("""{"price":1.10,"count":3}""", PactJson.Compact(token));
        Assert.Equal(JTokenType.Float, token["price"]!.Type);
        Assert.Equal(JTokenType.Integer, token["count"]!.Type);
    }

    [Fact]
    public void Parse_NumberBeyondDecimalRange_IsReadAsADouble()
    {
        var token = PactJson.ParseBody("""{"big": 1.5e300}"""u8.ToArray());

        Assert.Equal(1.5e300, token["big"]!.Value<double>());
    }

    [Fact]
    public void Parse_DateLikeString_StaysAString()
    {
        var token = PactJson.Parse("""{"at": "2024-01-01T10:00:00Z"}""");

        Assert.Equal(JTokenType.String, token["at"]!.Type);
        Assert.Equal("2024-01-01T10:00:00Z", token["at"]!.Value<string>());
    }

    [Theory]
    [InlineData("""{"a": 1""")]
    [InlineData("""{"a": 1} {"b": 2}""")]
    [InlineData("nope")]
    public void Parse_InvalidJson_Throws(string text)
    {
        Assert.ThrowsAny<JsonReaderException>(() => PactJson.Parse(text));
    }

    [Fact]
    public void Parse_RepeatedKeyInPact_IsAnError()
    {
        Assert.ThrowsAny<JsonReaderException>(() => PactJson.Parse("""{"a": 1, "a": 2}"""));
    }

    [Fact]
    public void ParseBody_RepeatedKey_KeepsTheLastValue()
    {
        var token = PactJson.ParseBody("""{"a": 1, "a": 2}"""u8.ToArray());

        Assert.Equal(2, token["a"]!.Value<int>());
    }

    [Fact]
    public void Pretty_NestedObjects_SortsKeysIndentsTwoSpacesAndEndsWithNewline()
    {
        var token = JObject.Parse("""{"b": {"z": 1, "a": [ {"y": 2, "x": 3} ]}, "a": "text"}""");

        var text = PactJson.Pretty(token);

        Assert.Equal("{\n  \"a\": \"text\",\n  \"b\": {\n    \"a\": [\n      {\n        \"x\": 3,\n        \"y\": 2\n      }\n    ],\n    \"z\": 1\n  }\n}\n", text);
    }

    [Theory]
    [InlineData("1", "1.0", false)]
    [InlineData("1.0", "1.00", true)]
    [InlineData("""{"a": 1, "b": 2}""", """{"b": 2, "a": 1}""", true)]
    [InlineData("[1, 2]", "[2, 1]", false)]
    [InlineData("null", "null", true)]
    [InlineData("\"1\"", "1", false)]
    public void ValueEquals_Pairs_CompareByTypeAndValue(string left, string right, bool equal)
    {
        Assert.Equal(equal, PactJson.ValueEquals(PactJson.Parse(left), PactJson.Parse(right)));
    }
}
