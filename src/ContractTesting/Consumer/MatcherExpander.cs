using ContractTesting.Rules;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Consumer;

/// <summary>
/// Turns a body object with matchers inside into the example JSON written in the pact, collecting each matcher's rules
/// and generator at its path. Matchers inside a list matcher apply to every item (<c>[*]</c>), inside a values matcher
/// to every value (<c>*</c>).
/// </summary>
internal sealed class MatcherExpander
{
    private const string Reference = "pact:matcher:ref";
    private readonly List<Matcher> _matchers = [];
    private readonly JsonSerializer _serializer;

    public MatcherExpander(JsonSerializerSettings settings)
    {
        var copy = new JsonSerializerSettings
        {
            ContractResolver = settings.ContractResolver,
            NullValueHandling = settings.NullValueHandling,
            DefaultValueHandling = settings.DefaultValueHandling,
            DateFormatHandling = settings.DateFormatHandling,
            DateTimeZoneHandling = settings.DateTimeZoneHandling,
            DateFormatString = settings.DateFormatString,
            FloatFormatHandling = settings.FloatFormatHandling,
            ReferenceLoopHandling = settings.ReferenceLoopHandling,
            TypeNameHandling = settings.TypeNameHandling,
            Converters = [.. settings.Converters, new ReferenceConverter(this)],
        };
        _serializer = JsonSerializer.Create(copy);
    }

    /// <summary>The example value of <paramref name="value"/>, with its matchers' rules and generators added to <paramref name="rules"/>.</summary>
    public JToken Expand(object? value, DocPath path, RuleCollector rules) => Expand(ToToken(value), path, rules);

    private JToken ToToken(object? value) => value switch
    {
        null => JValue.CreateNull(),
        JToken token => token.DeepClone(),
        _ => JToken.FromObject(value, _serializer),
    };

    private JToken Expand(JToken token, DocPath path, RuleCollector rules)
    {
        switch (token)
        {
            case JObject reference when reference.Count == 1 && reference[Reference] is JValue index:
                return ExpandMatcher(_matchers[index.Value<int>()], path, rules);
            case JObject obj:
                // A property name is always a field, even when it reads "2024" or "*" (a dictionary key); Join would make those an index or a wildcard.
                return new JObject(obj.Properties().Select(p => new JProperty(p.Name, Expand(p.Value, path.JoinField(p.Name), rules))));
            case JArray array:
                return new JArray(array.Select((item, i) => Expand(item, path.JoinIndex(i), rules)));
            default:
                return token;
        }
    }

    private JToken ExpandMatcher(Matcher matcher, DocPath path, RuleCollector rules)
    {
        if (matcher.Shape == MatcherShape.ArrayContains)
        {
            return ExpandVariants(matcher, path, rules);
        }

        rules.Add(path, matcher);
        var example = ToToken(matcher.Example);
        return matcher.Shape switch
        {
            MatcherShape.EachItem => new JArray(Enumerable.Repeat(Expand(example, path.Append(PathToken.StarIndex), rules), matcher.Copies).Select(i => i.DeepClone())),
            MatcherShape.EachEntry when example is JObject map =>
                new JObject(map.Properties().Select(p => new JProperty(p.Name, Expand(p.Value, path.Append(PathToken.Star), rules)))),
            MatcherShape.EachEntry when example is JArray list => new JArray(list.Select(item => Expand(item, path.Append(PathToken.StarIndex), rules))),
            _ => Expand(example, path, rules),
        };
    }

    private JArray ExpandVariants(Matcher matcher, DocPath path, RuleCollector rules)
    {
        var variants = new List<ArrayContainsVariant>();
        var examples = new JArray();
        for (var index = 0; index < matcher.Variants.Count; index++)
        {
            var variantRules = new RuleCollector();
            examples.Add(Expand(ToToken(matcher.Variants[index]), DocPath.Root, variantRules));
            variants.Add(new ArrayContainsVariant(index, variantRules.ToCategory(MatchingRules.Body), variantRules.Generators));
        }

        rules.Add(path, [new ArrayContainsRule(variants)], null);
        return examples;
    }

    private sealed class ReferenceConverter(MatcherExpander owner) : JsonConverter<Matcher>
    {
        public override bool CanRead => false;

        public override void WriteJson(JsonWriter writer, Matcher? value, JsonSerializer serializer)
        {
            writer.WriteStartObject();
            writer.WritePropertyName(Reference);
            writer.WriteValue(owner._matchers.Count);
            writer.WriteEndObject();
            owner._matchers.Add(value!);
        }

        public override Matcher ReadJson(JsonReader reader, Type objectType, Matcher? existingValue, bool hasExistingValue, JsonSerializer serializer) =>
            throw new NotSupportedException("Matchers are written into pact examples, never read back.");
    }
}
