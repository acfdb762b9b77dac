namespace ContractTesting.Broker.Matrix;

/// <summary>The words an answer uses for a resolved selector ("the latest version of Bar with tag prod (2.0.0)").</summary>
internal static class ResolvedSelectorDescriptions
{
    public static string Describe(ResolvedSelector s)
    {
        var o = s.Original;
        var name = s.PacticipantName;
        var number = s.VersionExists ? s.VersionNumber : null;
        var found = number is null ? null : $" ({number})";
        var branch = s.Branch ?? o.Branch;
        var oneOrMany = s.OneOfMany ? "one of the versions" : "the version";

        if (o.Latest && o.Tag is not null)
        {
            return $"the latest version of {name} with tag {o.Tag}{found ?? " (no such version exists)"}";
        }

        if (o.MainBranch && number is null)
        {
            return o.Latest
                ? $"the latest version of {name} from the main branch (no versions exist for this branch)"
                : $"any version of {name} from the main branch (no versions exist for this branch)";
        }

        if (branch is not null)
        {
            return o.Latest
                ? $"the latest version of {name} from branch {branch}{found ?? " (no such version exists)"}"
                : found is not null ? $"{oneOrMany} of {name} from branch {branch}{found}" : $"a version of {name} from branch {branch} (no such version exists)";
        }

        if (o.Latest)
        {
            return $"the latest version of {name}{found ?? " (no such version exists)"}";
        }

        if (o.Tag is not null)
        {
            return $"a version of {name} with tag {o.Tag}{found ?? " (no such version exists)"}";
        }

        if (o.Environment is not null)
        {
            return found is not null
                ? $"{oneOrMany} of {name} currently in {o.Environment}{found}"
                : $"a version of {name} currently in {o.Environment} (no version is currently recorded as deployed/released in this environment)";
        }

        if (s.VersionNumber is not null)
        {
            return s.VersionExists ? $"version {s.VersionNumber} of {name}" : $"version {s.VersionNumber} of {name} (no such version exists)";
        }

        return s.PacticipantExists ? $"any version of {name}" : $"any version of {name} (no such pacticipant exists)";
    }

    /// <summary>Why a selector that was asked for found no version.</summary>
    public static string NotFound(ResolvedSelector s)
    {
        var o = s.Original;
        var name = s.PacticipantName;
        if (o.Tag is not null)
        {
            return $"No version with tag {o.Tag} exists for {name}";
        }

        if (o.Branch is not null)
        {
            return $"No version of {name} from branch {o.Branch} exists";
        }

        if (o.MainBranch)
        {
            return $"No version of {name} from the main branch exists";
        }

        if (o.Environment is not null)
        {
            return $"No version of {name} is currently recorded as deployed or released in environment {o.Environment}";
        }

        return s.VersionNumber is not null
            ? $"No pacts or verifications have been published for version {s.VersionNumber} of {name}"
            : $"No pacts or verifications have been published for {name}";
    }
}
