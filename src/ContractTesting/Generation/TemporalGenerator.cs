using ContractTesting.Temporal;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Generation;

/// <summary>
/// The shared behaviour of <see cref="DateGenerator"/>, <see cref="TimeGenerator"/> and <see cref="DateTimeGenerator"/>:
/// the current date/time (from <see cref="GeneratorContext.TimeProvider"/>), moved by an optional expression such as
/// <c>+ 1 day</c> or <c>tomorrow</c>, and formatted with a Java <c>DateTimeFormatter</c> pattern.
/// </summary>
public abstract record TemporalGenerator : Generator
{
    private protected TemporalGenerator(string? format, string? expression)
    {
        Format = format;
        Expression = expression;
    }

    /// <summary>The output pattern, or <see langword="null"/> for the default of the generator type.</summary>
    public string? Format { get; init; }

    /// <summary>An expression relative to now (e.g. <c>+ 2 days</c>), or <see langword="null"/> for now.</summary>
    public string? Expression { get; init; }

    private protected abstract string DefaultFormat { get; }

    private protected abstract TemporalKind Kind { get; }

    private protected override void WriteAttributes(JObject json)
    {
        if (Format is not null)
        {
            json["format"] = Format;
        }

        if (Expression is not null)
        {
            json["expression"] = Expression;
        }
    }

    internal override JToken Generate(JToken example, GeneratorContext context)
    {
        var format = string.IsNullOrEmpty(Format) ? DefaultFormat : Format;
        try
        {
            var now = context.TimeProvider.GetLocalNow();
            var value = string.IsNullOrWhiteSpace(Expression) ? now : DateExpression.Evaluate(Expression, now, Kind);
            return new JValue(DateTimePattern.Parse(format).Format(value));
        }
        catch (FormatException e)
        {
            throw new GenerationException($"{Type} generator (format '{format}', expression '{Expression}'): {e.Message}", e);
        }
    }
}
