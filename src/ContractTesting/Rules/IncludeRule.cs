using Newtonsoft.Json.Linq;

namespace ContractTesting.Rules;

/// <summary>The value's text must contain a substring.</summary>
/// <param name="Value">The substring.</param>
public sealed record IncludeRule(string Value) : TextRule
{
    /// <inheritdoc />
    public override string Name => "include";

    private protected override void WriteAttributes(JObject json) => json["value"] = Value;

    private protected override string? Check(string text) =>
        text.Contains(Value, StringComparison.Ordinal) ? null : $"Expected '{text}' to include '{Value}'";
}
