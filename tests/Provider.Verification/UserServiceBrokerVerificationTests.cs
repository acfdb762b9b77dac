using System.Text.Json;
using ContractTesting.BrokerClient;
using ContractTesting.Sources;
using ContractTesting.Verification;
using ContractTesting.Verification.Reports;
using Microsoft.Extensions.DependencyInjection;

namespace Provider.Verification;

/// <summary>
/// UserService's CI step: verify the pacts the broker selects for it (its consumers' main branch, the branch matching
/// its own, and what is deployed or released) and publish the results. build.ps1's pipeline runs this test against its
/// broker (see <see cref="PipelineBroker"/>); <c>CONTRACTTESTING_BREAK_USERSERVICE=renamed-field</c> makes the
/// pipeline's UserService send <c>created_at</c> instead of <c>createdAt</c>, to show that the gate then says no.
/// </summary>
public sealed class UserServiceBrokerVerificationTests
{
    [Fact]
    public async Task VerifyAsync_PactsFromTheBroker_PassAndResultsArePublished()
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var broker = await PipelineBroker.ConnectAsync(cancellation);
        using var host = new UserServiceHost(Environment.GetEnvironmentVariable("CONTRACTTESTING_BREAK_USERSERVICE") == "renamed-field" ? RenameFields : null);
        var request = new PactsForVerificationRequest
        {
            ConsumerVersionSelectors = [ConsumerVersionSelector.ForMainBranch(), ConsumerVersionSelector.ForMatchingBranch(), ConsumerVersionSelector.ForDeployedOrReleased()],
            ProviderVersionBranch = broker.ProviderBranch,
        };
        var options = new VerifierOptions
        {
            Output = new RecordingOutput(),
            Publish = new PublishOptions { ProviderVersion = broker.ProviderVersion, ProviderBranch = broker.ProviderBranch },
        };

        var result = await ProviderVerifier.For(OrderServicePact.Provider, host.Server.CreateHandler(), options: options)
            .WithStates(UserServiceStates.For(host.Services))
            .WithMessages(UserServiceMessages.For(host.Services))
            .VerifyAsync(PactSource.Broker(broker.Options, request), cancellation);
        if (Environment.GetEnvironmentVariable("CONTRACTTESTING_VERIFICATION_REPORT") is { Length: > 0 } report)
        {
            await VerificationReport.WriteAsync(result, VerificationReportFormat.Json, report, cancellation);
        }

        Assert.True(result.Passed, result.Summary);
        Assert.Equal(5, result.Interactions.Count());
        Assert.DoesNotContain(result.Errors, e => e.Contains("Publishing", StringComparison.Ordinal));
        if (!broker.IsPipeline)
        {
            var matrix = await new PactBrokerClient(broker.Options).CanIDeployAsync(
                new CanIDeployQuery { Selectors = [new MatrixSelector { Pacticipant = "OrderService", Version = "1.0.0" }] }, cancellation);
            var row = Assert.Single(matrix.Rows);
            Assert.Equal((true, "2.0.0"), (row.Success, row.ProviderVersion));
        }
    }

    private static void RenameFields(IServiceCollection services) =>
        services.Configure<Microsoft.AspNetCore.Http.Json.JsonOptions>(json => json.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower);
}
