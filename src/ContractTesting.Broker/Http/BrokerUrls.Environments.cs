namespace ContractTesting.Broker.Http;

/// <summary>Environments, deployments and releases.</summary>
internal sealed partial class BrokerUrls
{
    public string Environments => $"{Base}/environments";

    public string Environment(string uuid) => $"{Environments}/{E(uuid)}";

    public string CurrentlyDeployed(string environmentUuid) => $"{Environment(environmentUuid)}/deployed-versions/currently-deployed";

    public string CurrentlySupported(string environmentUuid) => $"{Environment(environmentUuid)}/released-versions/currently-supported";

    public string DeployedVersion(string uuid) => $"{Base}/deployed-versions/{uuid}";

    public string ReleasedVersion(string uuid) => $"{Base}/released-versions/{uuid}";

    public string RecordDeployment(string pacticipant, string number, string environmentUuid) =>
        $"{Version(pacticipant, number)}/deployed-versions/environment/{environmentUuid}";

    public string RecordRelease(string pacticipant, string number, string environmentUuid) =>
        $"{Version(pacticipant, number)}/released-versions/environment/{environmentUuid}";
}
