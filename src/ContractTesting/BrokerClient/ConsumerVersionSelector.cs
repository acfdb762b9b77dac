using Newtonsoft.Json.Linq;

namespace ContractTesting.BrokerClient;

/// <summary>
/// Which consumer versions' pacts a provider verifies (a consumer version selector of the broker's
/// pacts-for-verification API). Set the fields a selector needs, or start from a factory:
/// <code>
/// [ConsumerVersionSelector.ForMainBranch(), ConsumerVersionSelector.ForMatchingBranch(), ConsumerVersionSelector.ForDeployedOrReleased()]
/// </code>
/// Only the fields that are set are sent. <see cref="Validate"/> applies the broker's rules, so a wrong combination
/// fails before anything is sent.
/// </summary>
public sealed record ConsumerVersionSelector
{
    /// <summary>The latest version on each consumer's main branch (<c>mainBranch: true</c>).</summary>
    public bool MainBranch { get; init; }

    /// <summary>The latest version on this branch (<c>branch</c>), or null.</summary>
    public string? Branch { get; init; }

    /// <summary>The branch to use when <see cref="Branch"/> has no pact (<c>fallbackBranch</c>), or null.</summary>
    public string? FallbackBranch { get; init; }

    /// <summary>The latest version on the branch named like the provider version's branch (<c>matchingBranch: true</c>).</summary>
    public bool MatchingBranch { get; init; }

    /// <summary>Versions with this tag (<c>tag</c>): all of them, or the latest with <see cref="Latest"/>. Prefer branches.</summary>
    public string? Tag { get; init; }

    /// <summary>The tag to use when <see cref="Tag"/> has no pact (<c>fallbackTag</c>; needs <see cref="Tag"/> and <c>Latest = true</c>), or null.</summary>
    public string? FallbackTag { get; init; }

    /// <summary>Only the latest version (true) or all versions (false) that the other fields select (<c>latest</c>), or null to leave it out.</summary>
    public bool? Latest { get; init; }

    /// <summary>Only this consumer's versions (<c>consumer</c>), or null for every consumer.</summary>
    public string? Consumer { get; init; }

    /// <summary>The versions currently deployed (<c>deployed: true</c>), optionally only in <see cref="Environment"/>.</summary>
    public bool Deployed { get; init; }

    /// <summary>The versions released and still supported (<c>released: true</c>), optionally only in <see cref="Environment"/>.</summary>
    public bool Released { get; init; }

    /// <summary>The versions deployed or released and supported (<c>deployedOrReleased: true</c>), optionally only in <see cref="Environment"/>.</summary>
    public bool DeployedOrReleased { get; init; }

    /// <summary>The versions deployed or released to this environment (<c>environment</c>; it must exist on the broker), or null.</summary>
    public string? Environment { get; init; }

    /// <summary><c>{"mainBranch": true}</c>.</summary>
    public static ConsumerVersionSelector ForMainBranch() => new() { MainBranch = true };

    /// <summary><c>{"branch": "…"}</c>.</summary>
    public static ConsumerVersionSelector ForBranch(string branch) => new() { Branch = branch };

    /// <summary><c>{"matchingBranch": true}</c> (needs a provider version branch).</summary>
    public static ConsumerVersionSelector ForMatchingBranch() => new() { MatchingBranch = true };

    /// <summary><c>{"deployedOrReleased": true}</c>.</summary>
    public static ConsumerVersionSelector ForDeployedOrReleased() => new() { DeployedOrReleased = true };

    /// <summary><c>{"deployed": true}</c>, or <c>{"environment": "…"}</c> as well when one is given.</summary>
    public static ConsumerVersionSelector ForDeployed(string? environment = null) => new() { Deployed = true, Environment = environment };

    /// <summary><c>{"released": true}</c>, or <c>{"environment": "…"}</c> as well when one is given.</summary>
    public static ConsumerVersionSelector ForReleased(string? environment = null) => new() { Released = true, Environment = environment };

    /// <summary>Checks the selector against the broker's rules.</summary>
    /// <param name="hasProviderBranch">Whether the request names the provider version's branch (<see cref="MatchingBranch"/> needs it).</param>
    /// <returns>What is wrong, or null when nothing is.</returns>
    public string? Validate(bool hasProviderBranch)
    {
        string[] blanks = [.. Texts().Where(t => t.Value is { } v && v.Trim().Length == 0).Select(t => t.Name)];
        var branchFamily = MainBranch || Branch is not null || FallbackBranch is not null || MatchingBranch;
        var environmentFamily = Deployed || Released || DeployedOrReleased || Environment is not null;
        (bool Broken, string Problem)[] rules =
        [
            (blanks.Length > 0, $"{string.Join(", ", blanks)} may not be blank"),
            (!branchFamily && !environmentFamily && Tag is null && FallbackTag is null && Latest is null, "it selects nothing: set at least one field besides consumer"),
            (branchFamily && environmentFamily,
                "branch fields (mainBranch, branch, fallbackBranch, matchingBranch) cannot be combined with deployed, released, deployedOrReleased or environment"),
            (Tag is not null && branchFamily, "tag and branch fields are exclusive"),
            (MainBranch && (Branch is not null || FallbackBranch is not null || MatchingBranch || Latest == false),
                "mainBranch can only be combined with consumer and latest: true"),
            (Branch is not null && Latest == false, "branch cannot have latest: false (it selects the latest version on the branch)"),
            (FallbackBranch is not null && Branch is null, "fallbackBranch needs branch"),
            (FallbackTag is not null && (Tag is null || Latest != true), "fallbackTag needs tag and latest: true"),
            (new[] { Deployed, Released, DeployedOrReleased }.Count(b => b) > 1, "only one of deployed, released and deployedOrReleased may be set"),
            (MatchingBranch && !hasProviderBranch, "matchingBranch needs the provider version's branch (ProviderVersionBranch)"),
        ];
        return rules.FirstOrDefault(r => r.Broken).Problem;
    }

    /// <summary>The selector as the broker expects it: only the fields that are set.</summary>
    internal JObject ToJson()
    {
        var json = new JObject();
        Flag(json, "mainBranch", MainBranch);
        Text(json, "branch", Branch);
        Text(json, "fallbackBranch", FallbackBranch);
        Flag(json, "matchingBranch", MatchingBranch);
        Text(json, "tag", Tag);
        Text(json, "fallbackTag", FallbackTag);
        if (Latest is { } latest)
        {
            json["latest"] = latest;
        }

        Text(json, "consumer", Consumer);
        Flag(json, "deployed", Deployed);
        Flag(json, "released", Released);
        Flag(json, "deployedOrReleased", DeployedOrReleased);
        Text(json, "environment", Environment);
        return json;
    }

    private IEnumerable<(string Name, string? Value)> Texts() =>
    [
        ("branch", Branch), ("fallbackBranch", FallbackBranch), ("tag", Tag), ("fallbackTag", FallbackTag),
        ("consumer", Consumer), ("environment", Environment),
    ];

    private static void Flag(JObject json, string name, bool value)
    {
        if (value)
        {
            json[name] = true;
        }
    }

    private static void Text(JObject json, string name, string? value)
    {
        if (value is not null)
        {
            json[name] = value;
        }
    }
}
