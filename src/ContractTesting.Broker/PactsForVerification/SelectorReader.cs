using System.Text.Json;
using System.Text.Json.Nodes;

namespace ContractTesting.Broker.PactsForVerification;

/// <summary>
/// Checks one consumer version selector with the Pact Broker's rules (its <c>ConsumerVersionSelectorContract</c>, and
/// the messages it gives) and unknown keys, and turns it into <see cref="ConsumerVersionSelector"/>s. Whether a named
/// environment exists is checked by the caller, which has the database.
/// </summary>
internal static class SelectorReader
{
    private static readonly string[] BranchKeys = ["latest", "tag", "fallbackTag", "branch", "fallbackBranch", "matchingBranch", "mainBranch"];
    private static readonly string[] EnvironmentKeys = ["environment", "deployed", "released", "deployedOrReleased"];
    private static readonly string[] TrueOnlyKeys = ["mainBranch", "matchingBranch", "deployed", "released", "deployedOrReleased"];
    private static readonly string[] StringKeys = ["tag", "fallbackTag", "fallbackBranch", "consumer", "environment"];

    /// <param name="json">The selector.</param>
    /// <param name="providerVersionBranch">The request's provider version branch (<c>matchingBranch</c> needs one).</param>
    /// <param name="report">Receives each problem.</param>
    /// <returns>The selectors it stands for (two for <c>deployedOrReleased</c>), or none when it is invalid.</returns>
    public static IReadOnlyList<ConsumerVersionSelector> Read(JsonObject json, string? providerVersionBranch, Action<string> report)
    {
        var problems = new List<string>();
        foreach (var (key, _) in json.Where(p => !BranchKeys.Contains(p.Key) && !EnvironmentKeys.Contains(p.Key) && p.Key != "consumer"))
        {
            problems.Add($"unknown key '{key}': a selector can have mainBranch, branch, matchingBranch, fallbackBranch, tag, fallbackTag, latest, consumer, deployed, released, deployedOrReleased and environment");
        }

        var present = json.Where(p => p.Value is not null).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        CheckTypes(json, present, problems);
        if (problems.Count == 0)
        {
            CheckRules(json, present, providerVersionBranch, problems);
        }

        foreach (var problem in problems)
        {
            report(problem);
        }

        return problems.Count > 0 ? [] : Normalise(json, providerVersionBranch);
    }

    private static void CheckTypes(JsonObject json, HashSet<string> present, List<string> problems)
    {
        foreach (var key in TrueOnlyKeys.Where(present.Contains))
        {
            if (!IsTrue(json[key]))
            {
                problems.Add($"{key} must be true");
            }
        }

        foreach (var key in StringKeys.Where(present.Contains))
        {
            if (Text(json[key]) is not { } text)
            {
                problems.Add($"{key} must be a string");
            }
            else if (text.Trim().Length == 0)
            {
                problems.Add($"{key} cannot be blank");
            }
        }

        if (present.Contains("branch") && !IsTrue(json["branch"]))
        {
            if (Text(json["branch"]) is not { } branch)
            {
                problems.Add("branch must be a branch name or true");
            }
            else if (branch.Trim().Length == 0)
            {
                problems.Add("branch cannot be blank");
            }
        }

        if (present.Contains("latest") && !(json["latest"] is JsonValue latest && latest.GetValueKind() is JsonValueKind.True or JsonValueKind.False))
        {
            problems.Add("latest must be a boolean");
        }
    }

    private static void CheckRules(JsonObject json, HashSet<string> present, string? providerVersionBranch, List<string> problems)
    {
        var latest = json["latest"] is JsonValue value ? value.GetValue<bool>() : (bool?)null;
        string[] criteria = ["mainBranch", "tag", "branch", "environment", "matchingBranch", "deployed", "released", "deployedOrReleased"];
        if (!criteria.Any(present.Contains) && latest != true)
        {
            problems.Add("must specify a value for environment or tag or branch, or specify mainBranch=true, matchingBranch=true, latest=true, deployed=true, released=true or deployedOrReleased=true");
        }

        string[] all = [.. BranchKeys, .. EnvironmentKeys];
        if (present.Contains("mainBranch") && all.Except(["mainBranch", "latest"]).Any(present.Contains))
        {
            problems.Add("cannot specify mainBranch=true with any other criteria apart from consumer");
        }

        if (present.Contains("mainBranch") && latest == false)
        {
            problems.Add("cannot specify mainBranch=true with latest=false");
        }

        if (present.Contains("matchingBranch") && all.Except(["matchingBranch"]).Any(present.Contains))
        {
            problems.Add("cannot specify matchingBranch=true with any other criteria apart from consumer");
        }

        if (present.Contains("matchingBranch") && string.IsNullOrWhiteSpace(providerVersionBranch))
        {
            problems.Add("the providerVersionBranch must be specified when the selector matchingBranch=true is used");
        }

        if (present.Contains("tag") && present.Contains("branch"))
        {
            problems.Add("cannot specify both a tag and a branch");
        }

        var branchFields = BranchKeys.Where(present.Contains).Order(StringComparer.Ordinal).ToList();
        var environmentFields = EnvironmentKeys.Where(present.Contains).Order(StringComparer.Ordinal).ToList();
        if (branchFields.Count > 0 && environmentFields.Count > 0)
        {
            problems.Add($"cannot specify the {Fields(branchFields)} with the {Fields(environmentFields)}");
        }

        CheckFallbacks(present, latest, problems);
        if (present.Contains("deployed") && present.Contains("released"))
        {
            problems.Add("cannot specify both deployed=true and released=true");
        }

        if (present.Contains("deployed") && present.Contains("deployedOrReleased"))
        {
            problems.Add("cannot specify both deployed=true and deployedOrReleased=true");
        }

        if (present.Contains("released") && present.Contains("deployedOrReleased"))
        {
            problems.Add("cannot specify both released=true and deployedOrReleased=true");
        }
    }

    private static void CheckFallbacks(HashSet<string> present, bool? latest, List<string> problems)
    {
        if (present.Contains("fallbackTag") && latest != true)
        {
            problems.Add("fallbackTag can only be set if latest is true");
        }

        if (present.Contains("fallbackTag") && !present.Contains("tag"))
        {
            problems.Add("a tag must be specified when a fallbackTag is specified");
        }

        if (present.Contains("fallbackBranch") && !present.Contains("branch"))
        {
            problems.Add("a branch must be specified when a fallbackBranch is specified");
        }

        if (present.Contains("fallbackBranch") && latest == false)
        {
            problems.Add("fallbackBranch can only be set if latest is true");
        }

        if (present.Contains("branch") && latest == false)
        {
            problems.Add("cannot specify a branch with latest=false");
        }
    }

    private static IReadOnlyList<ConsumerVersionSelector> Normalise(JsonObject json, string? providerVersionBranch)
    {
        var consumer = Text(json["consumer"]);
        var environment = Text(json["environment"]);
        var tag = Text(json["tag"]);
        ConsumerVersionSelector Of(SelectorKind kind) => new() { Kind = kind, Consumer = consumer, Environment = environment };

        if (json["mainBranch"] is not null)
        {
            return [Of(SelectorKind.MainBranch)];
        }

        if (json["matchingBranch"] is not null)
        {
            return [Of(SelectorKind.Branch) with { Branch = providerVersionBranch }];
        }

        if (json["branch"] is { } branch)
        {
            return IsTrue(branch)
                ? [Of(SelectorKind.AllBranches)]
                : [Of(SelectorKind.Branch) with { Branch = Text(branch), FallbackBranch = Text(json["fallbackBranch"]) }];
        }

        if (tag is not null)
        {
            return IsTrue(json["latest"])
                ? [Of(SelectorKind.LatestTag) with { Tag = tag, FallbackTag = Text(json["fallbackTag"]) }]
                : [Of(SelectorKind.AllForTag) with { Tag = tag }];
        }

        if (json["deployedOrReleased"] is not null)
        {
            return [Of(SelectorKind.Deployed), Of(SelectorKind.Released)];
        }

        return json["deployed"] is not null ? [Of(SelectorKind.Deployed)]
            : json["released"] is not null ? [Of(SelectorKind.Released)]
            : environment is not null ? [Of(SelectorKind.Environment)]
            : [Of(SelectorKind.OverallLatest)];
    }

    private static string Fields(List<string> fields) => $"{(fields.Count == 1 ? "field" : "fields")} {string.Join('/', fields)}";

    private static bool IsTrue(JsonNode? node) => node is JsonValue value && value.GetValueKind() == JsonValueKind.True;

    private static string? Text(JsonNode? node) => node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
}
