using System.Globalization;
using System.Xml.Linq;
using ContractTesting.Json;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Rules;

/// <summary>
/// The value must have the same type as the expected one (string, number, boolean, null, object, array). For arrays
/// (and XML children) an optional minimum and maximum size apply, and every actual item is compared with the expected
/// item at its index, or with the first expected item when the actual list is longer. Cascades to the values below its path.
/// </summary>
/// <param name="Min">The minimum number of items, or <see langword="null"/>.</param>
/// <param name="Max">The maximum number of items, or <see langword="null"/>.</param>
public sealed record TypeRule(int? Min = null, int? Max = null) : MatchingRule
{
    /// <inheritdoc />
    public override string Name => "type";

    internal override bool IsTypeRule => true;

    private protected override void WriteAttributes(JObject json)
    {
        if (Min is { } min)
        {
            json["min"] = min;
        }

        if (Max is { } max)
        {
            json["max"] = max;
        }
    }

    internal override string? MatchJson(JToken expected, JToken actual, bool cascaded)
    {
        if (expected is JContainer e && actual is JContainer a && e.Type == a.Type)
        {
            return MatchCollection(e, a, cascaded);
        }

        return SameKind(expected, actual)
            ? null
            : $"Expected {JsonDisplay.Describe(actual)} to be the same type as {JsonDisplay.Describe(expected)}";
    }

    internal override string? MatchText(string expected, string actual, bool cascaded) => null;

    internal override string? MatchStatus(int expected, int actual, bool cascaded) => null;

    internal override string? MatchBytes(ReadOnlySpan<byte> expected, ReadOnlySpan<byte> actual, bool cascaded) => null;

    internal override string? MatchCollection(JContainer expected, JContainer actual, bool cascaded)
    {
        if (cascaded)
        {
            return null;
        }

        if (Min is { } min && actual.Count < min)
        {
            return $"Expected {Shown(actual)} (size {actual.Count}) to have minimum size of {min}";
        }

        return Max is { } max && actual.Count > max ? $"Expected {Shown(actual)} (size {actual.Count}) to have maximum size of {max}" : null;
    }

    internal override string? MatchElement(XElement expected, XElement actual, bool cascaded)
    {
        var children = actual.Elements().Count();
        if (!cascaded && Min is { } min && children < min)
        {
            return $"Expected <{actual.Name.LocalName}> to have at least {min.ToString(CultureInfo.InvariantCulture)} children";
        }

        if (!cascaded && Max is { } max && children > max)
        {
            return $"Expected <{actual.Name.LocalName}> to have at most {max.ToString(CultureInfo.InvariantCulture)} children";
        }

        return Min is null && Max is null && expected.Name != actual.Name
            ? $"Expected <{actual.Name.LocalName}> to be the same type as <{expected.Name.LocalName}>"
            : null;
    }

    private static string Shown(JContainer value) => value is JArray list ? JsonDisplay.List(list) : PactJson.Canonical(value);

    private static bool SameKind(JToken expected, JToken actual) => (expected.Type, actual.Type) switch
    {
        (JTokenType.Integer or JTokenType.Float, JTokenType.Integer or JTokenType.Float) => true,
        (JTokenType.Null or JTokenType.Undefined, JTokenType.Null or JTokenType.Undefined) => true,
        var (e, a) => e == a,
    };
}
