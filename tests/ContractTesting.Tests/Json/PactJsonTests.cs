using ContractTesting.Json;
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

    [Theory]
    [InlineData("1e5", "100000.0")]
    [InlineData("12345678901234567890123456789", "12345678901234567890123456789")]
    [InlineData("-9223372036854775809", "-9223372036854775809")]
    [InlineData("-9223372036854775808", "-9223372036854775808")]
    [InlineData("-0.10", "-0.10")]
    [InlineData("2.5E-3", "0.0025")]
    public void Parse_Numbers_KeepTheirKindAndDigits(string number, string written)
    {
        var token = PactJson.Parse($"[{number}]");

        Assert.Equal($"[{written}]", PactJson.Compact(token));
    }

    [Fact]
    public void Parse_NumberBeyondDoubleRange_NamesThePath()
    {
        var error = Assert.Throws<JsonParseException>(() => PactJson.Parse("""{"a": [1, 1e400]}"""));

        Assert.Equal("$.a[1]", error.Path);
        Assert.Contains("1e400", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ErrorBelowKeysThatAreNotNames_QuotesThemInThePath()
    {
        var error = Assert.Throws<JsonParseException>(() => PactJson.Parse("""{"rules": {"$.id": [{"min": 1e400}]}, "after": 1}"""));

        Assert.Equal("$.rules['$.id'][0].min", error.Path);
    }

    [Fact]
    public void ValueEquals_HugeAndOrdinaryNumbers_CompareExactly()
    {
        Assert.True(PactJson.ValueEquals(PactJson.Parse("1e300"), PactJson.Parse("1E300")));
        Assert.False(PactJson.ValueEquals(PactJson.Parse("12345678901234567890123"), PactJson.Parse("12345678901234567890124")));
        Assert.True(PactJson.ValueEquals(PactJson.Parse("5"), PactJson.Parse("5")));
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
    [InlineData("{'a': 1}")]
    [InlineData("{\"a\": 1,}")]
    [InlineData("{\"a\": NaN}")]
    [InlineData("{\"a\": 1} // comment")]
    [InlineData("{a: 1}")]
    [InlineData("")]
    public void Parse_InvalidJson_Throws(string text)
    {
        Assert.Throws<JsonParseException>(() => PactJson.Parse(text));
    }

    [Fact]
    public void Parse_RepeatedKeyInPact_IsAnError()
    {
        var error = Assert.Throws<JsonParseException>(() => PactJson.Parse("""{"a": {"b": 1, "b": 2}}"""));

        Assert.Equal("$.a.b", error.Path);
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
