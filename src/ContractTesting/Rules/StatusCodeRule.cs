using System.Globalization;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Rules;

/// <summary>The response status must be in a class (success, client error, …) or one of a list of codes.</summary>
public sealed record StatusCodeRule : MatchingRule
{
    /// <summary>A rule for a class of status codes.</summary>
    public StatusCodeRule(StatusCodeGroup group)
    {
        Group = group;
        Codes = [];
    }

    /// <summary>A rule for explicit status codes.</summary>
    public StatusCodeRule(IReadOnlyList<int> codes)
    {
        ArgumentNullException.ThrowIfNull(codes);
        Codes = codes;
    }

    /// <summary>The class of codes, or <see langword="null"/> when <see cref="Codes"/> lists them.</summary>
    public StatusCodeGroup? Group { get; }

    /// <summary>The explicit codes (empty when <see cref="Group"/> is set).</summary>
    public IReadOnlyList<int> Codes { get; }

    /// <inheritdoc />
    public override string Name => "statusCode";

    /// <summary>The JSON names of the groups, as written in the <c>status</c> attribute.</summary>
    internal static IReadOnlyDictionary<string, StatusCodeGroup> GroupNames { get; } = new Dictionary<string, StatusCodeGroup>(StringComparer.Ordinal)
    {
        ["info"] = StatusCodeGroup.Information,
        ["information"] = StatusCodeGroup.Information,
        ["success"] = StatusCodeGroup.Success,
        ["redirect"] = StatusCodeGroup.Redirect,
        ["clientError"] = StatusCodeGroup.ClientError,
        ["serverError"] = StatusCodeGroup.ServerError,
        ["nonError"] = StatusCodeGroup.NonError,
        ["error"] = StatusCodeGroup.Error,
    };

    private protected override void WriteAttributes(JObject json) =>
        json["status"] = Group is { } group ? GroupNames.First(g => g.Value == group).Key : new JArray(Codes);

    internal override string? MatchStatus(int expected, int actual, bool cascaded) =>
        Accepts(actual) ? null : $"Expected status code {actual} to be a {Describe()}";

    internal override string? MatchText(string expected, string actual, bool cascaded) =>
        int.TryParse(actual, NumberStyles.None, CultureInfo.InvariantCulture, out var code)
            ? MatchStatus(0, code, cascaded)
            : $"Expected '{actual}' to be a status code";

    internal bool Accepts(int code) => Group switch
    {
        StatusCodeGroup.Information => code is >= 100 and <= 199,
        StatusCodeGroup.Success => code is >= 200 and <= 299,
        StatusCodeGroup.Redirect => code is >= 300 and <= 399,
        StatusCodeGroup.ClientError => code is >= 400 and <= 499,
        StatusCodeGroup.ServerError => code is >= 500 and <= 599,
        StatusCodeGroup.NonError => code < 400,
        StatusCodeGroup.Error => code >= 400,
        _ => Codes.Contains(code),
    };

    private string Describe() => Group switch
    {
        StatusCodeGroup.Information => "Informational response (100–199)",
        StatusCodeGroup.Success => "Successful response (200–299)",
        StatusCodeGroup.Redirect => "Redirect (300–399)",
        StatusCodeGroup.ClientError => "Client error (400–499)",
        StatusCodeGroup.ServerError => "Server error (500–599)",
        StatusCodeGroup.NonError => "Non-error response (< 400)",
        StatusCodeGroup.Error => "Error response (>= 400)",
        _ => string.Join(", ", Codes),
    };

    /// <summary>Whether both rules accept the same class or the same codes.</summary>
    public bool Equals(StatusCodeRule? other) => other is not null && Group == other.Group && Models.Equality.Lists(Codes, other.Codes);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Group, Codes.Count);
}
