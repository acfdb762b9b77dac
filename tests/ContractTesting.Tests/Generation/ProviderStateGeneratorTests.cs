using ContractTesting.Generation;
using ContractTesting.Json;
using ContractTesting.Tests.Support;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Tests.Generation;

public sealed class ProviderStateGeneratorTests
{
    [Theory]
    [InlineData("1000", JTokenType.Integer)]
    [InlineData("12.5", JTokenType.Float)]
    [InlineData("true", JTokenType.Boolean)]
    [InlineData("\"Ada\"", JTokenType.String)]
    [InlineData("null", JTokenType.Null)]
    [InlineData("""{"a":[1,2]}""", JTokenType.Object)]
    [InlineData("[1,\"two\"]", JTokenType.Array)]
    public void Generate_WholeExpression_KeepsJsonTypeOfValue(string valueJson, JTokenType type)
    {
        var generator = new ProviderStateGenerator("${value}");
        var context = GeneratorContexts.ProviderWithState(("value", valueJson));

        var value = generator.Generate(new JValue("example"), context);

        Assert.Equal(type, value.Type);
        Assert.True(JToken.DeepEquals(PactJson.Parse(valueJson), value), $"Expected {valueJson} but got {value}.");
    }

    [Fact]
    public void Generate_WholeExpression_ReturnsCopyOfStateValue()
    {
        var generator = new ProviderStateGenerator("${user}");
        var context = GeneratorContexts.ProviderWithState(("user", """{"id":1}"""));

        var value = generator.Generate(new JValue("example"), context);
        ((JObject)value)["id"] = 2;

        Assert.Equal(1, context.ProviderState["user"]["id"]!.Value<int>());
    }

    [Theory]
    [InlineData("/users/${id}", "/users/1000")]
    [InlineData("${id}/orders", "1000/orders")]
    [InlineData("/users/${name}/x", "/users/Ada/x")]
    [InlineData("${name}-${id}", "Ada-1000")]
    [InlineData("${id}${id}", "10001000")]
    [InlineData("flag=${flag}", "flag=true")]
    [InlineData("tags=${tags}", "tags=[\"a\",\"b\"]")]
    [InlineData("/users/${ id }", "/users/1000")]
    public void Generate_EmbeddedExpression_ReturnsString(string expression, string expected)
    {
        var generator = new ProviderStateGenerator(expression);
        var context = GeneratorContexts.ProviderWithState(("id", "1000"), ("name", "\"Ada\""), ("flag", "true"), ("tags", """["a","b"]"""));

        var value = generator.Generate(new JValue("example"), context);

        Assert.Equal(JTokenType.String, value.Type);
        Assert.Equal(expected, value.Value<string>());
    }

    [Fact]
    public void Generate_NameWithoutPlaceholder_LooksUpThatName()
    {
        var generator = new ProviderStateGenerator("id");
        var context = GeneratorContexts.ProviderWithState(("id", "1000"));

        var value = generator.Generate(new JValue("example"), context);

        Assert.Equal(JTokenType.Integer, value.Type);
        Assert.Equal(1000, value.Value<long>());
    }

    [Fact]
    public void Generate_AnyExample_IgnoresExample()
    {
        var generator = new ProviderStateGenerator("${id}");
        var context = GeneratorContexts.ProviderWithState(("id", "\"abc\""));

        var value = generator.Generate(new JValue(5), context);

        Assert.Equal("abc", value.Value<string>());
    }

    public static TheoryData<string, ProviderStateDataType, string> Conversions => new()
    {
        { "1000", ProviderStateDataType.Raw, "1000" },
        { "\"1000\"", ProviderStateDataType.Raw, "\"1000\"" },
        { "1000", ProviderStateDataType.Text, "\"1000\"" },
        { "true", ProviderStateDataType.Text, "\"true\"" },
        { """{"a":1}""", ProviderStateDataType.Text, "\"{\\\"a\\\":1}\"" },
        { "\"42\"", ProviderStateDataType.WholeNumber, "42" },
        { "\"-7\"", ProviderStateDataType.WholeNumber, "-7" },
        { "42", ProviderStateDataType.WholeNumber, "42" },
        { "\"12.5\"", ProviderStateDataType.DecimalNumber, "12.5" },
        { "\"3\"", ProviderStateDataType.DecimalNumber, "3.0" },
        { "\"-0.25\"", ProviderStateDataType.FloatingPoint, "-0.25" },
        { "\"1e3\"", ProviderStateDataType.FloatingPoint, "1000.0" },
        { "\"true\"", ProviderStateDataType.TrueOrFalse, "true" },
        { "\"False\"", ProviderStateDataType.TrueOrFalse, "false" },
        { "false", ProviderStateDataType.TrueOrFalse, "false" },
    };

    [Theory]
    [MemberData(nameof(Conversions))]
    public void Generate_DataType_ConvertsValue(string valueJson, ProviderStateDataType dataType, string expectedJson)
    {
        var generator = new ProviderStateGenerator("${value}", dataType);
        var context = GeneratorContexts.ProviderWithState(("value", valueJson));

        var value = generator.Generate(new JValue("example"), context);

        var expected = PactJson.Parse(expectedJson);
        Assert.Equal(expected.Type, value.Type);
        Assert.True(JToken.DeepEquals(expected, value), $"Expected {expectedJson} but got {value.ToString(Newtonsoft.Json.Formatting.None)}.");
    }

    [Fact]
    public void Generate_EmbeddedExpressionAsWholeNumber_ConvertsResult()
    {
        var generator = new ProviderStateGenerator("${a}${b}", ProviderStateDataType.WholeNumber);
        var context = GeneratorContexts.ProviderWithState(("a", "1"), ("b", "\"23\""));

        var value = generator.Generate(new JValue("example"), context);

        Assert.Equal(JTokenType.Integer, value.Type);
        Assert.Equal(123, value.Value<long>());
    }

    [Theory]
    [InlineData("\"abc\"", ProviderStateDataType.WholeNumber)]
    [InlineData("\"12.5\"", ProviderStateDataType.WholeNumber)]
    [InlineData("\"twelve\"", ProviderStateDataType.DecimalNumber)]
    [InlineData("\"x1\"", ProviderStateDataType.FloatingPoint)]
    [InlineData("\"yes\"", ProviderStateDataType.TrueOrFalse)]
    [InlineData("1", ProviderStateDataType.TrueOrFalse)]
    public void Generate_ValueNotConvertible_ThrowsNamingValue(string valueJson, ProviderStateDataType dataType)
    {
        var generator = new ProviderStateGenerator("${value}", dataType);
        var context = GeneratorContexts.ProviderWithState(("value", valueJson));

        var error = Assert.Throws<GenerationException>(() => generator.Generate(new JValue("example"), context));

        Assert.Contains($"'{GeneratorContexts.Text(PactJson.Parse(valueJson))}'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'${value}'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("${id}")]
    [InlineData("/users/${id}")]
    [InlineData("id")]
    public void Generate_MissingValue_ThrowsNamingItAndListingSuppliedOnes(string expression)
    {
        var generator = new ProviderStateGenerator(expression);
        var context = GeneratorContexts.ProviderWithState(("name", "\"Ada\""), ("email", "\"ada@example.com\""));

        var error = Assert.Throws<GenerationException>(() => generator.Generate(new JValue("example"), context));

        Assert.Contains($"'{expression}'", error.Message, StringComparison.Ordinal);
        Assert.Contains("a value named 'id'", error.Message, StringComparison.Ordinal);
        Assert.Contains("only: name, email.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_NoValuesSupplied_SaysSo()
    {
        var generator = new ProviderStateGenerator("${id}");

        var error = Assert.Throws<GenerationException>(() => generator.Generate(new JValue("example"), GeneratorContexts.Provider()));

        Assert.Contains("a value named 'id'", error.Message, StringComparison.Ordinal);
        Assert.Contains("supplied no values", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/users/${id", 7)]
    [InlineData("${id", 0)]
    [InlineData("${id}/${name", 6)]
    public void Generate_UnterminatedPlaceholder_ThrowsWithPosition(string expression, int index)
    {
        var generator = new ProviderStateGenerator(expression);
        var context = GeneratorContexts.ProviderWithState(("id", "1"), ("name", "\"n\""));

        var error = Assert.Throws<GenerationException>(() => generator.Generate(new JValue("example"), context));

        Assert.Contains($"'{expression}'", error.Message, StringComparison.Ordinal);
        Assert.Contains($"unterminated '${{' at index {index}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToJson_NoDataType_WritesExpressionOnly()
    {
        var json = new ProviderStateGenerator("${id}").ToJson();

        Assert.Equal("""{"expression":"${id}","type":"ProviderState"}""", PactJson.Canonical(json));
    }

    [Theory]
    [InlineData(ProviderStateDataType.Raw, "RAW")]
    [InlineData(ProviderStateDataType.Text, "STRING")]
    [InlineData(ProviderStateDataType.WholeNumber, "INTEGER")]
    [InlineData(ProviderStateDataType.DecimalNumber, "DECIMAL")]
    [InlineData(ProviderStateDataType.FloatingPoint, "FLOAT")]
    [InlineData(ProviderStateDataType.TrueOrFalse, "BOOLEAN")]
    public void ToJson_DataType_WritesPactName(ProviderStateDataType dataType, string name)
    {
        var json = new ProviderStateGenerator("${id}", dataType).ToJson();

        Assert.Equal($$"""{"dataType":"{{name}}","expression":"${id}","type":"ProviderState"}""", PactJson.Canonical(json));
    }

    [Theory]
    [InlineData(GeneratorMode.Provider, true)]
    [InlineData(GeneratorMode.Consumer, false)]
    public void AppliesIn_Mode_OnlyProvider(GeneratorMode mode, bool expected)
    {
        var generator = new ProviderStateGenerator("${id}");

        var applies = generator.AppliesIn(mode);

        Assert.Equal(expected, applies);
    }
}
