using Newtonsoft.Json.Linq;

namespace ContractTesting.Rules;

/// <summary>Writes matching rules in the pact-file layouts (V3/V4 grouped by category; V2 flat).</summary>
internal static class RuleJson
{
    /// <summary>A rule list as <c>{"combine": "AND", "matchers": [...]}</c>.</summary>
    public static JObject ListToJson(RuleList list) => new()
    {
        ["combine"] = list.Logic == RuleLogic.Or ? "OR" : "AND",
        ["matchers"] = new JArray(list.Rules.Select(r => r.ToJson())),
    };

    /// <summary>
    /// A category in V3/V4 form: paths as keys for trees (body, content, metadata), names for headers and query
    /// parameters, and the bare rule list for whole-part categories (path, status, method).
    /// </summary>
    public static JObject CategoryToJson(MatchingRuleCategory category)
    {
        if (MatchingRules.IsWholePart(category.Name))
        {
            var whole = category.Rules.FirstOrDefault(r => r.Key.Length <= 1).Value ?? (category.Rules.Count > 0 ? category.Rules[0].Value : null);
            return whole is null ? [] : ListToJson(whole);
        }

        var json = new JObject();
        foreach (var (path, list) in category.Rules)
        {
            var key = MatchingRules.IsKeyedByName(category.Name) ? path.FirstField ?? path.Expression : path.Expression;
            json[key] = ListToJson(list);
        }

        return json;
    }

    /// <summary>All categories in V3/V4 form.</summary>
    public static JObject ToJson(MatchingRules rules) =>
        new(rules.Categories.Where(c => !c.IsEmpty).Select(c => new JProperty(c.Name, CategoryToJson(c))));

    /// <summary>
    /// All rules in the flat V2 form (<c>$.body.x</c>, <c>$.headers.X</c>, <c>$.query.x</c>, <c>$.path</c>).
    /// V2 holds a single rule per path.
    /// </summary>
    /// <exception cref="InvalidOperationException">A path has several rules or OR logic, which V2 cannot hold.</exception>
    public static JObject ToV2Json(MatchingRules rules)
    {
        var json = new JObject();
        foreach (var category in rules.Categories)
        {
            foreach (var (path, list) in category.Rules)
            {
                if (list.Rules.Count != 1)
                {
                    throw new InvalidOperationException(
                        $"Specification V2 holds one matching rule per path, but {category.Name} '{path}' has {list.Rules.Count}; write V3 or V4 instead.");
                }

                var key = category.Name switch
                {
                    MatchingRules.Body => "$.body" + path.Expression.TrimStart('$'),
                    MatchingRules.Path => "$.path",
                    _ when path.Length == 0 => $"$.{category.Name}",
                    _ => FlatKey(category.Name == MatchingRules.Header ? "headers" : category.Name, path.FirstField ?? path.Expression),
                };
                json[key] = list.Rules[0].ToJson();
            }
        }

        return json;
    }

    /// <summary>The flat key of a header or query rule: <c>$.headers.X-Tenant</c> as the reference writes it, quoted only when it must be.</summary>
    private static string FlatKey(string part, string name) =>
        DocPath.IsDottedName(name) ? $"$.{part}.{name}" : DocPath.Root.JoinField(part).JoinField(name).Expression;
}
