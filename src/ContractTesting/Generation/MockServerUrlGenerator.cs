using ContractTesting.Rules;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Generation;

/// <summary>
/// Rewrites a URL in the example to point at the running mock server: the part of <paramref name="Example"/> matched by
/// the first group of <paramref name="Regex"/> is kept and prefixed with the mock server's URL, with one <c>/</c> between
/// them whether or not the group starts with one. Consumer side only.
/// </summary>
/// <param name="Example">The example URL, e.g. <c>http://localhost:8080/orders/1</c>.</param>
/// <param name="Regex">A regex whose first group captures the part to keep, e.g. <c>.*(/orders/\d+)$</c>.</param>
public sealed record MockServerUrlGenerator(string Example, string Regex) : Generator
{
    /// <inheritdoc />
    public override string Type => "MockServerURL";

    /// <inheritdoc />
    public override bool AppliesIn(GeneratorMode mode) => mode == GeneratorMode.Consumer;

    private protected override void WriteAttributes(JObject json)
    {
        json["example"] = Example;
        json["regex"] = Regex;
    }

    internal override JToken Generate(JToken example, GeneratorContext context)
    {
        var baseUrl = context.MockServerUrl ?? throw new GenerationException(
            $"The MockServerURL generator for '{Example}' needs the mock server's URL, and none is known.");
        System.Text.RegularExpressions.Match match;
        try
        {
            match = System.Text.RegularExpressions.Regex.Match(Example, RegexQuoting.ToDotNet(Regex), System.Text.RegularExpressions.RegexOptions.CultureInvariant, TimeSpan.FromSeconds(2));
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException e)
        {
            throw new GenerationException($"The MockServerURL regex '{Regex}' took too long on '{Example}'; simplify it.", e);
        }
        catch (ArgumentException e)
        {
            throw new GenerationException($"The MockServerURL regex '{Regex}' is not a valid regular expression: {e.Message}", e);
        }

        if (!match.Success || match.Groups.Count < 2)
        {
            throw new GenerationException($"The MockServerURL regex '{Regex}' does not match '{Example}' with a capturing group.");
        }

        // One slash between the two, whether the group starts with one or not (Pact-JVM's regexes capture either way).
        var replacement = baseUrl.ToString().TrimEnd('/') + "/" + match.Groups[1].Value.TrimStart('/');
        return new JValue(Example[..match.Index] + replacement + Example[(match.Index + match.Length)..]);
    }
}
