using System.Net;
using ContractTesting.Broker.Tests.Support;

namespace ContractTesting.Broker.Tests.PactsForVerification;

public sealed class ForVerificationRequestReaderTests
{
    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Post_InvalidSelectors_Are400NamingEachProblemAndItsIndex(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        await VerificationSetup.PublishAsync(broker, "Orders", "1", Publications.Pact("Orders", "Users"));
        const string Body = """
            {"consumerVersionSelectors": [
              {"tags": "prod"},
              {"tag": "x", "branch": "y"},
              {"deployed": true, "released": true},
              {"environment": "nowhere"},
              {"matchingBranch": true},
              {"latest": false},
              {"mainBranch": true, "tag": "x"},
              {"branch": "main", "deployed": true},
              "not an object",
              {"branch": "main", "latest": false},
              {"tag": "x", "fallbackTag": "y"},
              {"mainBranch": "yes"}
            ], "includeWipPactsSince": "not a date"}
            """;

        var (response, body) = await broker.SendAsync(HttpMethod.Post, "/pacts/provider/Users/for-verification", Body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = body!["errors"]!["consumerVersionSelectors"]!.AsArray().Select(e => e!.GetValue<string>()).ToList();
        Assert.Contains(errors, e => e.StartsWith("unknown key 'tags': a selector can have mainBranch, branch,", StringComparison.Ordinal) && e.EndsWith("(at index 0)", StringComparison.Ordinal));
        Assert.Contains("cannot specify both a tag and a branch (at index 1)", errors);
        Assert.Contains("cannot specify both deployed=true and released=true (at index 2)", errors);
        Assert.Contains("environment with name 'nowhere' does not exist (at index 3)", errors);
        Assert.Contains("the providerVersionBranch must be specified when the selector matchingBranch=true is used (at index 4)", errors);
        Assert.Contains("must specify a value for environment or tag or branch, or specify mainBranch=true, matchingBranch=true, latest=true, deployed=true, released=true or deployedOrReleased=true (at index 5)", errors);
        Assert.Contains("cannot specify mainBranch=true with any other criteria apart from consumer (at index 6)", errors);
        Assert.Contains("cannot specify the field branch with the field deployed (at index 7)", errors);
        Assert.Contains("must be an object (at index 8)", errors);
        Assert.Contains("cannot specify a branch with latest=false (at index 9)", errors);
        Assert.Contains("fallbackTag can only be set if latest is true (at index 10)", errors);
        Assert.Contains("mainBranch must be true (at index 11)", errors);
        Assert.StartsWith("must be a date", body["errors"]!["includeWipPactsSince"]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Post_BadTopLevelValues_Are4xxAndAValidEnvironmentIsAccepted(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        await VerificationSetup.PublishAsync(broker, "Orders", "1", Publications.Pact("Orders", "Users"));
        await EnvironmentSetup.CreateAsync(broker, "prod");

        var (blankBranch, blankBody) = await broker.SendAsync(HttpMethod.Post, "/pacts/provider/Users/for-verification",
            """{"providerVersionBranch": "", "includePendingStatus": true}""");
        var (types, typesBody) = await broker.SendAsync(HttpMethod.Post, "/pacts/provider/Users/for-verification",
            """{"providerVersionTags": "dev", "includePendingStatus": "yes", "consumerVersionSelectors": {}}""");
        var (text, _) = await broker.SendAsync(HttpMethod.Post, "/pacts/provider/Users/for-verification", "{}", "text/plain");
        var (valid, _) = await broker.SendAsync(HttpMethod.Post, "/pacts/provider/Users/for-verification",
            """{"consumerVersionSelectors": [{"environment": "prod"}], "providerVersionBranch": ""}""");

        Assert.Equal(HttpStatusCode.BadRequest, blankBranch.StatusCode);
        Assert.StartsWith("when pending or WIP pacts are enabled and there are no tags provided", blankBody!["errors"]!["providerVersionBranch"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, types.StatusCode);
        Assert.Equal("must be an array", typesBody!["errors"]!["providerVersionTags"]![0]!.GetValue<string>());
        Assert.Equal("must be a boolean", typesBody["errors"]!["includePendingStatus"]![0]!.GetValue<string>());
        Assert.Equal("must be an array", typesBody["errors"]!["consumerVersionSelectors"]![0]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, text.StatusCode);
        Assert.Equal(HttpStatusCode.OK, valid.StatusCode);
    }
}
