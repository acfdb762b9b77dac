using ContractTesting.Json;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Tests.Support;

/// <summary>Compares JSON by value (key order ignored), printing both sides when they differ.</summary>
internal static class JsonAssert
{
    public static void Equal(string expectedJson, JToken? actual)
    {
        var expected = PactJson.Parse(expectedJson);
        Assert.True(
            actual is not null && JToken.DeepEquals(expected, actual),
            $"Expected JSON {PactJson.Canonical(expected)}\nbut found     {(actual is null ? "(nothing)" : PactJson.Canonical(actual))}");
    }
}
