using System.Globalization;
using System.Text;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Generation;

/// <summary>
/// A value taken from provider state: <c>${name}</c> expressions in <paramref name="Expression"/> are replaced by
/// the values the provider state supplied (e.g. <c>/users/${id}</c>). An expression that is a single <c>${name}</c>
/// keeps the value's JSON type. Runs on the provider side only.
/// </summary>
/// <param name="Expression">The expression, e.g. <c>${id}</c>; text without <c>${</c> is taken as a value name.</param>
/// <param name="DataType">The type to convert to, or <see langword="null"/> to keep the value as it is.</param>
public sealed record ProviderStateGenerator(string Expression, ProviderStateDataType? DataType = null) : Generator
{
    /// <summary>The pact-file names of the data types.</summary>
    internal static IReadOnlyDictionary<string, ProviderStateDataType> DataTypeNames { get; } = new Dictionary<string, ProviderStateDataType>(StringComparer.OrdinalIgnoreCase)
    {
        ["RAW"] = ProviderStateDataType.Raw,
        ["STRING"] = ProviderStateDataType.Text,
        ["INTEGER"] = ProviderStateDataType.WholeNumber,
        ["DECIMAL"] = ProviderStateDataType.DecimalNumber,
        ["FLOAT"] = ProviderStateDataType.FloatingPoint,
        ["BOOLEAN"] = ProviderStateDataType.TrueOrFalse,
    };

    /// <inheritdoc />
    public override string Type => "ProviderState";

    /// <inheritdoc />
    public override bool AppliesIn(GeneratorMode mode) => mode == GeneratorMode.Provider;

    private protected override void WriteAttributes(JObject json)
    {
        json["expression"] = Expression;
        if (DataType is { } type)
        {
            json["dataType"] = DataTypeNames.First(n => n.Value == type).Key;
        }
    }

    internal override JToken Generate(JToken example, GeneratorContext context) =>
        Convert(Resolve(context.ProviderState));

    private JToken Resolve(IReadOnlyDictionary<string, JToken> values)
    {
        if (!Expression.Contains("${", StringComparison.Ordinal))
        {
            return Lookup(Expression, values).DeepClone();
        }

        var single = Expression.StartsWith("${", StringComparison.Ordinal) && Expression.EndsWith('}') &&
            Expression.IndexOf("${", 2, StringComparison.Ordinal) < 0;
        if (single)
        {
            return Lookup(Expression[2..^1], values).DeepClone();
        }

        var result = new StringBuilder();
        var at = 0;
        while (at < Expression.Length)
        {
            var start = Expression.IndexOf("${", at, StringComparison.Ordinal);
            if (start < 0)
            {
                result.Append(Expression, at, Expression.Length - at);
                break;
            }

            var end = Expression.IndexOf('}', start);
            if (end < 0)
            {
                throw new GenerationException($"The provider state expression '{Expression}' has an unterminated '${{' at index {start}.");
            }

            result.Append(Expression, at, start - at);
            var value = Lookup(Expression[(start + 2)..end], values);
            result.Append(value.Type == JTokenType.String ? value.Value<string>() : value.ToString(Newtonsoft.Json.Formatting.None));
            at = end + 1;
        }

        return new JValue(result.ToString());
    }

    private JToken Lookup(string name, IReadOnlyDictionary<string, JToken> values) =>
        values.TryGetValue(name.Trim(), out var value)
            ? value
            : throw new GenerationException(
                $"The provider state expression '{Expression}' needs a value named '{name.Trim()}', but the provider state supplied " +
                (values.Count == 0 ? "no values." : $"only: {string.Join(", ", values.Keys)}."));

    private JToken Convert(JToken value)
    {
        var text = value.Type == JTokenType.String ? value.Value<string>()! : value.ToString(Newtonsoft.Json.Formatting.None);
        return DataType switch
        {
            ProviderStateDataType.Text => new JValue(text),
            ProviderStateDataType.WholeNumber when long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i) => new JValue(i),
            ProviderStateDataType.DecimalNumber or ProviderStateDataType.FloatingPoint when decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => new JValue(d),
            ProviderStateDataType.TrueOrFalse when bool.TryParse(text, out var b) => new JValue(b),
            null or ProviderStateDataType.Raw => value,
            _ => throw new GenerationException($"The provider state value '{text}' for '{Expression}' cannot be converted to {DataType}."),
        };
    }
}
