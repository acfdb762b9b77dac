namespace ContractTesting.Broker.Http;

/// <summary>Pacticipants, their versions, branches and tags.</summary>
internal sealed partial class BrokerUrls
{
    public string Pacticipants => $"{Base}/pacticipants";

    public string Pacticipant(string name) => $"{Base}/pacticipants/{E(name)}";

    public string Versions(string pacticipant) => $"{Pacticipant(pacticipant)}/versions";

    public string Version(string pacticipant, string number) => $"{Versions(pacticipant)}/{E(number)}";

    public string LatestVersion(string pacticipant) => $"{Pacticipant(pacticipant)}/latest-version";

    public string Tags(string pacticipant, string number) => $"{Version(pacticipant, number)}/tags";

    public string Tag(string pacticipant, string number, string tag) => $"{Tags(pacticipant, number)}/{E(tag)}";

    public string Branches(string pacticipant) => $"{Pacticipant(pacticipant)}/branches";

    public string Branch(string pacticipant, string branch) => $"{Branches(pacticipant)}/{E(branch)}";

    public string BranchVersion(string pacticipant, string branch, string number) => $"{Branch(pacticipant, branch)}/versions/{E(number)}";

    public string LatestVersionOnBranch(string pacticipant, string branch) => $"{Branch(pacticipant, branch)}/latest-version";
}
