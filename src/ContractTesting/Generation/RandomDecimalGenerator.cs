using System.Globalization;
using System.Text;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Generation;

/// <summary>A random decimal number with the given number of digits, at least one of them after the decimal point.</summary>
/// <param name="Digits">The number of digits. Defaults to 10.</param>
public sealed record RandomDecimalGenerator(int Digits = 10) : Generator
{
    /// <inheritdoc />
    public override string Type => "RandomDecimal";

    private protected override void WriteAttributes(JObject json) => json["digits"] = Digits;

    internal override JToken Generate(JToken example, GeneratorContext context)
    {
        var text = Sample(Math.Max(Digits, 2), context.Random);
        if (example.Type == JTokenType.String)
        {
            return new JValue(text);
        }

        // A decimal holds 28 significant digits; a longer number is written as it is, digit for digit.
        return Digits <= 28 ? new JValue(decimal.Parse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture)) : new JRaw(text);
    }

    private static string Sample(int digits, Random random)
    {
        var builder = new StringBuilder(digits + 1);
        builder.Append((char)('1' + random.Next(9)));
        for (var i = 1; i < digits; i++)
        {
            builder.Append((char)('0' + random.Next(10)));
        }

        // The last fractional digit is never 0, so the value keeps a fractional part however it is parsed.
        builder[^1] = (char)('1' + random.Next(9));
        builder.Insert(1 + random.Next(digits - 1), '.');
        return builder.ToString();
    }
}
