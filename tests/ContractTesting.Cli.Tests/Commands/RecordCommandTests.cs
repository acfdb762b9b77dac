using ContractTesting.Cli.Tests.Support;
using ContractTesting.Tests.Support;
using Newtonsoft.Json.Linq;
using Docs = ContractTesting.Cli.Tests.Support.StubBrokerDocuments;

namespace ContractTesting.Cli.Tests.Commands;

/// <summary>The record-* commands against a stub broker (our broker's environments and deployments are being built elsewhere): the requests of doc section 2.</summary>
public sealed class RecordCommandTests : IAsyncLifetime
{
    private StubBroker _broker = null!;

    public async ValueTask InitializeAsync()
    {
        _broker = await StubBroker.StartAsync();
        _broker.On("GET", "/", 200, Docs.Index(_broker));
        _broker.On("GET", "/pacticipants/Web/versions/1.0.0", 200, Docs.Version(_broker, "Web", "1.0.0"));
        _broker.On("GET", "/environments", 200, Docs.Environments(_broker));
        _broker.On("GET", $"/environments/{Docs.EnvironmentUuid}", 200, Docs.Environment(_broker));
    }

    public async ValueTask DisposeAsync() => await _broker.DisposeAsync();

    [Fact]
    public async Task RecordDeployment_KnownEnvironment_PostsToItsLinkWithTheInstance()
    {
        var target = $"/pacticipants/Web/versions/1.0.0/deployed-versions/environment/{Docs.EnvironmentUuid}";
        _broker.On("POST", target, 201, Docs.Placed(_broker, "deployed", "d1", "Web", "1.0.0", "blue"));

        var result = await ContractRun.RunAsync("record-deployment", "-a", "Web", "-e", "1.0.0", "--environment", "production", "--application-instance", "blue", "-b", _broker.BaseUrl.AbsoluteUri);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(JObject.Parse("""{"applicationInstance": "blue", "target": "blue"}"""), _broker.Received("POST", target).Json);
        Assert.Contains("Recorded deployment of Web version 1.0.0 to production environment (application instance blue)", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecordDeployment_UnknownEnvironment_ExitsOneListingTheKnownOnes()
    {
        var result = await ContractRun.RunAsync("record-deployment", "-a", "Web", "-e", "1.0.0", "--environment", "staging", "-b", _broker.BaseUrl.AbsoluteUri);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Environment 'staging' does not exist", result.Error, StringComparison.Ordinal);
        Assert.Contains("it has: production", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecordDeployment_UnknownVersion_ExitsOne()
    {
        var result = await ContractRun.RunAsync("record-deployment", "-a", "Web", "-e", "9.9.9", "--environment", "production", "-b", _broker.BaseUrl.AbsoluteUri);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Version 9.9.9 of Web does not exist", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecordRelease_KnownEnvironment_PostsAnEmptyBody()
    {
        var target = $"/pacticipants/Web/versions/1.0.0/released-versions/environment/{Docs.EnvironmentUuid}";
        _broker.On("POST", target, 201, Docs.Placed(_broker, "released", "r1", "Web", "1.0.0"));

        var result = await ContractRun.RunAsync("record-release", "-a", "Web", "-e", "1.0.0", "--environment", "production", "-b", _broker.BaseUrl.AbsoluteUri, "-o", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(new JObject(), _broker.Received("POST", target).Json);
        Assert.Equal("r1", (string?)JArray.Parse(result.Out)[0]["uuid"]);
    }

    [Fact]
    public async Task RecordUndeployment_DeployedWithoutInstance_PatchesOnlyThatRow()
    {
        _broker.On("GET", $"/environments/{Docs.EnvironmentUuid}/deployed-versions/currently-deployed?pacticipant=Web", 200, new JObject
        {
            ["_embedded"] = new JObject
            {
                ["deployedVersions"] = new JArray(
                    Docs.Placed(_broker, "deployed", "d1", "Web", "1.0.0"),
                    Docs.Placed(_broker, "deployed", "d2", "Web", "0.9.0", "blue"),
                    Docs.Placed(_broker, "deployed", "d3", "Other", "1.0.0")),
            },
        });
        _broker.On("PATCH", "/deployed-versions/d1", 200, Docs.Placed(_broker, "deployed", "d1", "Web", "1.0.0"));

        var result = await ContractRun.RunAsync("record-undeployment", "-a", "Web", "--environment", "production", "-b", _broker.BaseUrl.AbsoluteUri);

        Assert.Equal(0, result.ExitCode);
        var patch = _broker.Received("PATCH", "/deployed-versions/d1");
        Assert.Equal(JObject.Parse("""{"currentlyDeployed": false}"""), patch.Json);
        Assert.Equal("application/merge-patch+json", patch.Header("Content-Type"));
        Assert.Single(_broker.Requests, r => r.Method == "PATCH");
        Assert.Contains("Recorded undeployment of Web version 1.0.0 from production", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecordUndeployment_NothingDeployed_ExitsOne()
    {
        _broker.On("GET", $"/environments/{Docs.EnvironmentUuid}/deployed-versions/currently-deployed?pacticipant=Web", 200,
            new JObject { ["_embedded"] = new JObject { ["deployedVersions"] = new JArray() } });

        var result = await ContractRun.RunAsync("record-undeployment", "-a", "Web", "--environment", "production", "-b", _broker.BaseUrl.AbsoluteUri);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("No version of Web is currently recorded as deployed to production", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecordSupportEnded_ReleasedVersion_PatchesItsRelease()
    {
        _broker.On("GET", $"/environments/{Docs.EnvironmentUuid}/released-versions/currently-supported?pacticipant=Web", 200, new JObject
        {
            ["_embedded"] = new JObject
            {
                ["releasedVersions"] = new JArray(Docs.Placed(_broker, "released", "r1", "Web", "1.0.0"), Docs.Placed(_broker, "released", "r2", "Web", "2.0.0")),
            },
        });
        _broker.On("PATCH", "/released-versions/r1", 200, Docs.Placed(_broker, "released", "r1", "Web", "1.0.0"));

        var result = await ContractRun.RunAsync("record-support-ended", "-a", "Web", "-e", "1.0.0", "--environment", "production", "-b", _broker.BaseUrl.AbsoluteUri);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(JObject.Parse("""{"currentlySupported": false}"""), _broker.Received("PATCH", "/released-versions/r1").Json);
        Assert.Single(_broker.Requests, r => r.Method == "PATCH");
    }

    [Fact]
    public async Task RecordDeployment_MissingEnvironment_ExplainsAndExitsTwo()
    {
        var result = await ContractRun.RunAsync("record-deployment", "-a", "Web", "-e", "1.0.0", "-b", _broker.BaseUrl.AbsoluteUri);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'--environment <ENVIRONMENT>' is required", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateEnvironment_WithContact_PostsTheOfficialBodyAndPrintsTheUuid()
    {
        _broker.On("POST", "/environments", 201, Docs.Environment(_broker));

        var result = await ContractRun.RunAsync("create-environment", "--name", "production", "--display-name", "Production", "--production",
            "--contact-name", "Ops", "--contact-email-address", "ops@example.com", "-o", "id", "-b", _broker.BaseUrl.AbsoluteUri);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Docs.EnvironmentUuid, result.Out.Trim());
        Assert.Equal(
            JObject.Parse("""{"name":"production","production":true,"displayName":"Production","contacts":[{"name":"Ops","details":{"emailAddress":"ops@example.com"}}]}"""),
            _broker.Received("POST", "/environments").Json);
    }

    [Fact]
    public async Task CreateEnvironment_NameWithSpaces_ExplainsAndExitsTwo()
    {
        var result = await ContractRun.RunAsync("create-environment", "--name", "my env", "-b", _broker.BaseUrl.AbsoluteUri);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("must not be blank or contain spaces", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(_broker.Requests, r => r.Method == "POST");
    }

    [Fact]
    public async Task ListEnvironments_Table_ListsThem()
    {
        var result = await ContractRun.RunAsync("list-environments", "-b", _broker.BaseUrl.AbsoluteUri);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("UUID | NAME       | DISPLAY NAME | PRODUCTION", result.Out, StringComparison.Ordinal);
        Assert.Contains("a1b2 | production | Production   | true", result.Out, StringComparison.Ordinal);
    }
}
