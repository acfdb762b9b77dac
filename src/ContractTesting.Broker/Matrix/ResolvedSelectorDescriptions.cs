namespace ContractTesting.Broker.Matrix;

/// <summary>The words an answer uses for a resolved selector ("the latest version of Bar with tag prod (2.0.0)").</summary>
internal static class ResolvedSelectorDescriptions
{
    public static string Describe(ResolvedSelector s)
    {
        var o = s.Original;
        var name = s.PacticipantName;
        var number = s.VersionExists ? s.VersionNumber : null;
        var branch = s.Branch ?? o.Branch;
        return 0 switch
        {
            _ when o.Latest && o.Tag is not null => number is not null
                ? $"the latest version of {name} with tag {o.Tag} ({number})"
                : $"the latest version of {name} with tag {o.Tag} (no such version exists)",
            _ when o.Latest && o.MainBranch && number is null => $"the latest version of {name} from the main branch (no versions exist for this branch)",
            _ when o.MainBranch && number is null => $"any version of {name} from the main branch (no versions exist for this branch)",
            _ when o.Latest && branch is not null => number is not null
                ? $"the latest version of {name} from branch {branch} ({number})"
                : $"the latest version of {name} from branch {branch} (no such version exists)",
            _ when branch is not null => number is not null
                ? $"{(s.OneOfMany ? "one of the versions" : "the version")} of {name} from branch {branch} ({number})"
                : $"a version of {name} from branch {branch} (no such version exists)",
            _ when o.Latest => number is not null
                ? $"the latest version of {name} ({number})"
                : $"the latest version of {name} (no such version exists)",
            _ when o.Tag is not null => number is not null
                ? $"a version of {name} with tag {o.Tag} ({number})"
                : $"a version of {name} with tag {o.Tag} (no such version exists)",
            _ when o.Environment is not null => number is not null
                ? $"{(s.OneOfMany ? "one of the versions" : "the version")} of {name} currently in {o.Environment} ({number})"
                : $"a version of {name} currently in {o.Environment} (no version is currently recorded as deployed/released in this environment)",
            _ when s.VersionNumber is not null && !s.VersionExists => $"version {s.VersionNumber} of {name} (no such version exists)",
            _ when s.VersionNumber is not null => $"version {s.VersionNumber} of {name}",
            _ when !s.PacticipantExists => $"any version of {name} (no such pacticipant exists)",
            _ => $"any version of {name}",
        };
    }

    /// <summary>Why a selector that was asked for found no version.</summary>
    public static string NotFound(ResolvedSelector s)
    {
        var o = s.Original;
        var name = s.PacticipantName;
        return 0 switch
        {
            _ when o.Tag is not null => $"No version with tag {o.Tag} exists for {name}",
            _ when o.Branch is not null => $"No version of {name} from branch {o.Branch} exists",
            _ when o.MainBranch => $"No version of {name} from the main branch exists",
            _ when o.Environment is not null => $"No version of {name} is currently recorded as deployed or released in environment {o.Environment}",
            _ when s.VersionNumber is not null => $"No pacts or verifications have been published for version {s.VersionNumber} of {name}",
            _ => $"No pacts or verifications have been published for {name}",
        };
    }
}
