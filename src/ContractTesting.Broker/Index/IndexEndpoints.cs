using System.Text.Json.Nodes;
using ContractTesting.Broker.Http;

namespace ContractTesting.Broker.Index;

/// <summary>
/// <c>GET /</c>: the HAL index every client starts from, with every relation of the Pact Broker's index
/// (compatibility document, section 1). Each link says whether it is a template, as the verifier expands only those.
/// </summary>
internal static class IndexEndpoints
{
    public static void Map(IEndpointRouteBuilder app) => app.MapGet("/", (BrokerUrls urls) => new JsonResponse(Render(urls)));

    public static JsonObject Render(BrokerUrls urls)
    {
        var b = urls.Base;
        var links = new JsonObject
        {
            ["self"] = Hal.Link(b, "Index", templated: false),
            ["pb:publish-pact"] = Hal.Link($"{b}/pacts/provider/{{provider}}/consumer/{{consumer}}/version/{{consumerApplicationVersion}}", "Publish a pact", templated: true),
            ["pb:publish-contracts"] = Hal.Link($"{b}/contracts/publish", "Publish contracts", templated: false),
            ["pb:latest-pact-versions"] = Hal.Link($"{b}/pacts/latest", "Latest pact versions", templated: false),
            ["pb:tagged-pact-versions"] = Hal.Link($"{b}/pacts/provider/{{provider}}/consumer/{{consumer}}/tag/{{tag}}",
                "All versions of a pact for a given consumer, provider and consumer version tag", templated: true),
            ["pb:branch-pact-versions"] = Hal.Link($"{b}/pacts/provider/{{provider}}/consumer/{{consumer}}/branch/{{branch}}",
                "All versions of pacts for a provider, for a named consumers branch", templated: true),
            ["pb:latest-branch-pact-versions"] = Hal.Link($"{b}/pacts/provider/{{provider}}/consumer/{{consumer}}/branch/{{branch}}/latest/versions",
                "Latest version of pact for a provider, for a named consumers branch", templated: true),
            ["pb:main-branch-pact-versions"] = Hal.Link($"{b}/pacts/provider/{{provider}}/consumer/{{consumer}}/branch/versions",
                "All versions of pacts for a provider, for a named consumers main branch", templated: true),
            ["pb:latest-main-branch-pact-versions"] = Hal.Link($"{b}/pacts/provider/{{provider}}/consumer/{{consumer}}/branch/latest/versions",
                "Latest version of pact for a provider, for a named consumers main branch", templated: true),
            ["pb:provider-pacts-with-main-branch"] = Hal.Link($"{b}/pacts/provider/{{provider}}/branch",
                "All pacts for a provider, for any consumers main branch", templated: true),
            ["pb:provider-pacts-with-branch"] = Hal.Link($"{b}/pacts/provider/{{provider}}/branch/{{branch}}",
                "All pacts for a provider, for any consumers named branch", templated: true),
            ["pb:latest-provider-pacts-with-main-branch"] = Hal.Link($"{b}/pacts/provider/{{provider}}/branch/latest",
                "Latest pact for a provider, for any consumers main branch", templated: true),
            ["pb:latest-provider-pacts-with-branch"] = Hal.Link($"{b}/pacts/provider/{{provider}}/branch/{{branch}}/latest",
                "Latest pacts for a provider, for any consumers named branch", templated: true),
            ["pb:pacticipants"] = Hal.Link($"{b}/pacticipants", "Pacticipants", templated: false),
            ["pb:pacticipant"] = Hal.Link($"{b}/pacticipants/{{pacticipant}}", "Fetch pacticipant by name", templated: true),
            ["pb:latest-provider-pacts"] = Hal.Link($"{b}/pacts/provider/{{provider}}/latest", "Latest pacts by provider", templated: true),
            ["pb:latest-provider-pacts-with-tag"] = Hal.Link($"{b}/pacts/provider/{{provider}}/latest/{{tag}}",
                "Latest pacts for provider with the specified tag", templated: true),
            ["pb:provider-pacts-with-tag"] = Hal.Link($"{b}/pacts/provider/{{provider}}/tag/{{tag}}",
                "All pact versions for the provider with the specified consumer version tag", templated: true),
            ["pb:provider-pacts"] = Hal.Link($"{b}/pacts/provider/{{provider}}", "All pact versions for the specified provider", templated: true),
            ["pb:latest-version"] = Hal.Link($"{b}/pacticipants/{{pacticipant}}/latest-version", "Latest pacticipant version", templated: true),
            ["pb:latest-tagged-version"] = Hal.Link($"{b}/pacticipants/{{pacticipant}}/latest-version/{{tag}}",
                "Latest pacticipant version with the specified tag", templated: true),
            ["pb:webhooks"] = Hal.Link($"{b}/webhooks", "Webhooks", templated: false),
            ["pb:webhook"] = Hal.Link($"{b}/webhooks/{{uuid}}", "Webhook", templated: true),
            ["pb:integrations"] = Hal.Link($"{b}/integrations", "Integrations", templated: false),
            ["pb:pacticipant-version-tag"] = Hal.Link($"{b}/pacticipants/{{pacticipant}}/versions/{{version}}/tags/{{tag}}",
                "Get, create or delete a tag for a pacticipant version", templated: true),
            ["pb:pacticipant-branch"] = Hal.Link($"{b}/pacticipants/{{pacticipant}}/branches/{{branch}}", "Get or delete a pacticipant branch", templated: true),
            ["pb:pacticipant-branch-version"] = Hal.Link($"{b}/pacticipants/{{pacticipant}}/branches/{{branch}}/versions/{{version}}",
                "Get or add/create a pacticipant version for a branch", templated: true),
            ["pb:pacticipant-version"] = Hal.Link($"{b}/pacticipants/{{pacticipant}}/versions/{{version}}",
                "Get, create or delete a pacticipant version", templated: true),
            ["pb:can-i-deploy-pacticipant-version-to-tag"] = Hal.Link($"{b}/can-i-deploy?pacticipant={{pacticipant}}&version={{version}}&to={{tag}}",
                "Determine if an application version can be safely deployed to an environment identified by the given tag", templated: true),
            ["pb:can-i-deploy-pacticipant-version-to-environment"] = Hal.Link(
                $"{b}/can-i-deploy?pacticipant={{pacticipant}}&version={{version}}&environment={{environment}}",
                "Determine if an application version can be safely deployed to an environment", templated: true),
            ["pb:provider-pacts-for-verification"] = Hal.Link($"{b}/pacts/provider/{{provider}}/for-verification",
                "Pact versions to be verified for the specified provider", templated: true),
            ["beta:provider-pacts-for-verification"] = Hal.Link($"{b}/pacts/provider/{{provider}}/for-verification",
                "DEPRECATED - please use pb:provider-pacts-for-verification", "beta", templated: true),
            ["pb:environments"] = Hal.Link($"{b}/environments", "Environments", templated: false),
            ["pb:environment"] = Hal.Link($"{b}/environments/{{uuid}}", "Environment", templated: true),
            ["curies"] = new JsonArray(
                new JsonObject { ["name"] = "pb", ["href"] = $"{b}/doc/{{rel}}?context=index", ["templated"] = true },
                new JsonObject { ["name"] = "beta", ["href"] = $"{b}/doc/{{rel}}?context=index", ["templated"] = true }),
        };
        return new JsonObject { ["_links"] = links };
    }
}
