using System.Globalization;
using System.Xml.Linq;
using ContractTesting.Json;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Rules;

/// <summary>
/// A matching rule: how an actual value is compared with the expected one at some path. Each rule type is a record
/// deriving from this class (<see cref="RegexRule"/>, <see cref="TypeRule"/> and so on); the set is closed.
/// </summary>
/// <remarks>
/// The internal <c>Match…</c> methods return <see langword="null"/> when the actual value satisfies the rule and the
/// failure message otherwise. A rule that has no meaning for a kind of value reports that it cannot match it, except
/// when the rule reached the value by cascading from a parent path and does not cascade.
/// </remarks>
public abstract record MatchingRule
{
    private protected MatchingRule()
    {
    }

    /// <summary>The rule's name as written in a pact file's <c>match</c> attribute, e.g. <c>regex</c>.</summary>
    public abstract string Name { get; }

    /// <summary>Whether a rule on a parent path also applies to the values below it.</summary>
    internal virtual bool Cascades => true;

    /// <summary>Whether the rule applies to a map's or list's values as a whole (values, eachValue, arrayContains).</summary>
    internal virtual bool AppliesToValues => false;

    /// <summary>Whether this is a type rule (with or without a size limit).</summary>
    internal virtual bool IsTypeRule => false;

    /// <summary>The rule as pact-file JSON, e.g. <c>{"match": "regex", "regex": "\\d+"}</c>.</summary>
    public JObject ToJson()
    {
        var json = new JObject { ["match"] = Name };
        WriteAttributes(json);
        return json;
    }

    /// <summary>The rule as compact JSON.</summary>
    public sealed override string ToString() => PactJson.Canonical(ToJson());

    /// <summary>Adds the rule's attributes (other than <c>match</c>) to its JSON form.</summary>
    private protected virtual void WriteAttributes(JObject json)
    {
    }

    internal virtual string? MatchJson(JToken expected, JToken actual, bool cascaded) => null;

    internal virtual string? MatchText(string expected, string actual, bool cascaded) => Unable($"'{actual}'", cascaded);

    internal virtual string? MatchStatus(int expected, int actual, bool cascaded) =>
        Unable(actual.ToString(CultureInfo.InvariantCulture), cascaded);

    internal virtual string? MatchBytes(ReadOnlySpan<byte> expected, ReadOnlySpan<byte> actual, bool cascaded) =>
        Unable($"{actual.Length} byte(s)", cascaded);

    /// <summary>Applies the rule to a list or map as a whole (its size, its emptiness); items are compared separately.</summary>
    internal virtual string? MatchCollection(JContainer expected, JContainer actual, bool cascaded) =>
        Unable(PactJson.Canonical(actual), cascaded);

    /// <summary>
    /// Applies the rule to an XML element. Value rules (regex, number, date, …) apply to the element's text; type,
    /// equality and not-empty rules override this to look at the element itself.
    /// </summary>
    internal virtual string? MatchElement(XElement expected, XElement actual, bool cascaded) =>
        MatchText(TextOf(expected), TextOf(actual), cascaded);

    /// <summary>The text directly inside an element, trimmed.</summary>
    internal static string TextOf(XElement element) =>
        string.Concat(element.Nodes().OfType<XText>().Select(t => t.Value.Trim())).Trim();

    private protected string? Unable(string actual, bool cascaded) =>
        !cascaded || Cascades ? $"Unable to match {actual} using the '{Name}' rule" : null;
}
