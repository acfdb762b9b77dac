using ContractTesting.Broker.Branches;
using ContractTesting.Broker.Deployments;
using ContractTesting.Broker.Environments;
using ContractTesting.Broker.Http;
using ContractTesting.Broker.Index;
using ContractTesting.Broker.Matrix;
using ContractTesting.Broker.Pacticipants;
using ContractTesting.Broker.Pacts;
using ContractTesting.Broker.PactsForVerification;
using ContractTesting.Broker.Publishing;
using ContractTesting.Broker.Releases;
using ContractTesting.Broker.Tags;
using ContractTesting.Broker.Verifications;
using ContractTesting.Broker.Versions;
using ContractTesting.Broker.Webhooks;

namespace ContractTesting.Broker;

/// <summary>
/// Every resource of the broker, in one route group whose requests each run in one database transaction
/// (<see cref="TransactionFilter"/>). A new resource adds its <c>Map</c> call here.
/// </summary>
internal static class BrokerEndpoints
{
    public static void MapBrokerEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("");
        api.AddEndpointFilter<TransactionFilter>();
        IndexEndpoints.Map(api);
        PublishEndpoints.Map(api);
        PacticipantEndpoints.Map(api);
        VersionEndpoints.Map(api);
        BranchEndpoints.Map(api);
        TagEndpoints.Map(api);
        WebhookEndpoints.Map(api);
        WebhookExecutionEndpoints.Map(api);
        TriggeredWebhookEndpoints.Map(api);
        PactEndpoints.Map(api);
        LatestPactsEndpoints.Map(api);
        EnvironmentEndpoints.Map(api);
        DeploymentEndpoints.Map(api);
        ReleaseEndpoints.Map(api);
        VerificationEndpoints.Map(api);
        PactsForVerificationEndpoints.Map(api);
        MatrixEndpoints.Map(api);
        app.MapNotFoundFallback();
    }
}
