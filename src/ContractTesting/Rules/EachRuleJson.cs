using Newtonsoft.Json.Linq;

namespace ContractTesting.Rules;

/// <summary>The JSON attributes shared by eachKey and eachValue.</summary>
internal static class EachRuleJson
{
    public static void Write(JObject json, IReadOnlyList<MatchingRule> rules, JToken? value, JObject? generator)
    {
        json["rules"] = new JArray(rules.Select(r => r.ToJson()));
        if (value is not null)
        {
            json["value"] = value.DeepClone();
        }

        if (generator is not null)
        {
            json["generator"] = generator.DeepClone();
        }
    }
}
