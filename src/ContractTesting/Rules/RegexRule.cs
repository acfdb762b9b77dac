using Newtonsoft.Json.Linq;

namespace ContractTesting.Rules;

/// <summary>The value's text must match a regular expression as a whole (.NET syntax).</summary>
/// <param name="Pattern">The regular expression.</param>
public sealed record RegexRule(string Pattern) : TextRule
{
    /// <inheritdoc />
    public override string Name => "regex";

    private protected override void WriteAttributes(JObject json) => json["regex"] = Pattern;

    private protected override string? Check(string text)
    {
        if (!RegexCache.TryGet(Pattern, out var regex, out var error))
        {
            return error;
        }

        try
        {
            return regex.IsMatch(text) ? null : $"Expected '{text}' to match '{Pattern}'";
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
            return $"The regular expression '{Pattern}' took longer than {RegexCache.Timeout.TotalSeconds:0} s on a value of {text.Length} characters; simplify it";
        }
    }
}
