using ContractTesting.Broker.Branches;
using ContractTesting.Broker.Deployments;
using ContractTesting.Broker.Environments;
using ContractTesting.Broker.Events;
using ContractTesting.Broker.Http;
using ContractTesting.Broker.Integrations;
using ContractTesting.Broker.Matrix;
using ContractTesting.Broker.Pacticipants;
using ContractTesting.Broker.Pacts;
using ContractTesting.Broker.PactsForVerification;
using ContractTesting.Broker.Publishing;
using ContractTesting.Broker.Releases;
using ContractTesting.Broker.Storage;
using ContractTesting.Broker.Storage.Migrations;
using ContractTesting.Broker.Tags;
using ContractTesting.Broker.Verifications;
using ContractTesting.Broker.Versions;
using ContractTesting.Broker.Webhooks;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ContractTesting.Broker;

/// <summary>The broker's services: the database (one per process), and per request its transaction, stores and URLs.</summary>
internal static class BrokerServices
{
    public static IServiceCollection AddBroker(this IServiceCollection services, BrokerOptions options)
    {
        options.Validate();
        services.AddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddSingleton<SqlDialect>(_ => options.DatabaseProvider switch
        {
            BrokerDatabaseProvider.PostgreSql => new PostgresDialect(options.ConnectionString),
            _ => new SqliteDialect(options.ConnectionString),
        });
        services.AddSingleton(provider => new MigrationRunner(provider.GetRequiredService<SqlDialect>(), BrokerMigrations.All));
        services.AddHostedService<MigrationService>();
        services.AddHostedService<StatisticsService>();

        services.AddScoped<BrokerSession>();
        services.AddScoped<BrokerUrls>();
        services.AddScoped<RequestBody>();
        services.AddScoped<BrokerEvents>();
        services.AddScoped<RequiredVerifications>();
        services.AddBrokerWebhooks(options);
        services.AddScoped<PacticipantStore>();
        services.AddScoped<VersionStore>();
        services.AddScoped<VersionViews>();
        services.AddScoped<BranchStore>();
        services.AddScoped<TagStore>();
        services.AddScoped<PactStore>();
        services.AddScoped<IntegrationStore>();
        services.AddScoped<IntegrationListStore>();
        services.AddScoped<EnvironmentStore>();
        services.AddScoped<VersionPlacementStore>();
        services.AddScoped<EnvironmentRequestReader>();
        services.AddScoped<DeployedVersionStore>();
        services.AddScoped<ReleasedVersionStore>();
        services.AddScoped<VerificationStore>();
        services.AddScoped<VerificationPublisher>();
        services.AddScoped<ForVerificationRequestReader>();
        services.AddScoped<SelectionStore>();
        services.AddScoped<VerifiedContentStore>();
        services.AddScoped<PendingStatus>();
        services.AddScoped<WorkInProgressPacts>();
        services.AddScoped<VerifiablePactFinder>();
        services.AddScoped<ContractPublisher>();
        services.AddScoped<MatrixQueryValidator>();
        services.AddScoped<MatrixVersionStore>();
        services.AddScoped<SelectorResolver>();
        services.AddScoped<MatrixIntegrationStore>();
        services.AddScoped<MatrixRowStore>();
        services.AddScoped<MatrixFinder>();
        services.AddScoped<MatrixVersionDetailsStore>();
        return services;
    }
}
