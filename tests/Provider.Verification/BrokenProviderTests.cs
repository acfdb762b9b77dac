using System.Text;
using System.Text.Json;
using ContractTesting.Verification;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UserService.Data;
using UserService.Events;

namespace Provider.Verification;

/// <summary>A UserService that broke its contract fails verification, naming the interaction and what broke.</summary>
public sealed class BrokenProviderTests
{
    [Fact]
    public async Task VerifyAsync_RenamedField_FailsNamingTheInteractionAndField()
    {
        // createdAt goes out as created_at: a serializer setting changed on the provider side.
        using var host = new UserServiceHost(services => services.Configure<Microsoft.AspNetCore.Http.Json.JsonOptions>(
            json => json.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower));

        var result = await VerifyAsync(host);

        Assert.False(result.Passed);
        Assert.Equal(
            ["a request for user 1", "a request to send user 1 an order confirmation"],
            result.Interactions.Where(i => i.Status == InteractionStatus.Failed).Select(i => i.Description));
        var failed = result.Interactions.First(i => i.Status == InteractionStatus.Failed);
        var mismatch = Assert.Single(failed.Mismatches);
        Assert.Equal(ContractTesting.Matching.MismatchPart.Body, mismatch.Part);
        Assert.Contains("missing the following keys: createdAt", mismatch.Message, StringComparison.Ordinal);
        Assert.Contains("\"a request for user 1\" (given a user with ID 1 exists)", result.Summary, StringComparison.Ordinal);
        Assert.Contains("createdAt", result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyAsync_WrongStatus_FailsNamingTheInteractionAndStatus()
    {
        // Notifications answer 200 instead of 201 Created.
        using var host = new UserServiceHost(services => services.AddTransient<IStartupFilter>(_ => new StatusRewrite(201, 200)));

        var result = await VerifyAsync(host);

        Assert.False(result.Passed);
        var failed = Assert.Single(result.Interactions, i => i.Status == InteractionStatus.Failed);
        Assert.Equal("a request to send user 1 an order confirmation", failed.Description);
        var status = Assert.Single(failed.Mismatches);
        Assert.Equal(ContractTesting.Matching.MismatchPart.Status, status.Part);
        Assert.Equal("201", status.Expected);
        Assert.Equal("200", status.Actual);
        Assert.Contains("status: Expected status 201 but received 200", result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyAsync_EventPublishedWithoutItsType_FailsNamingTheMessageAndMetadataKey()
    {
        // The relay forgets to copy the outbox row's type into the message's metadata.
        using var host = new UserServiceHost();
        var messages = new ProviderMessages().Add(UserServiceMessages.UserCreated, async (context, ct) =>
        {
            await using var scope = host.Services.CreateAsyncScope();
            var user = await scope.ServiceProvider.GetRequiredService<UsersDbContext>().Users.SingleAsync(u => u.Id == 1, ct);
            return ProviderMessage.FromBytes(Encoding.UTF8.GetBytes(UserEvents.Created(user).Payload), "application/json");
        });

        var result = await VerifyAsync(host, messages);

        var failed = Assert.Single(result.Interactions, i => i.Status == InteractionStatus.Failed);
        Assert.Equal(UserServiceMessages.UserCreated, failed.Description);
        var mismatch = Assert.Single(failed.Mismatches);
        Assert.Equal(ContractTesting.Matching.MismatchPart.Metadata, mismatch.Part);
        Assert.Equal("type", mismatch.Location);
        Assert.Contains($"\"{UserServiceMessages.UserCreated}\" (given a user with ID 1 exists)", result.Summary, StringComparison.Ordinal);
        Assert.Contains("metadata type: Expected message metadata 'type' but was missing", result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyAsync_NoMessageFactory_FailsNamingTheMessage()
    {
        using var host = new UserServiceHost();

        var result = await VerifyAsync(host, new ProviderMessages());

        var failed = Assert.Single(result.Interactions, i => i.Status == InteractionStatus.Failed);
        Assert.Equal(UserServiceMessages.UserCreated, failed.Description);
        Assert.Equal($"No message factory is registered for '{UserServiceMessages.UserCreated}' (none are registered): add one with WithMessage(\"{UserServiceMessages.UserCreated}\", ...).", Assert.Single(failed.Errors));
    }

    private static Task<VerificationResult> VerifyAsync(UserServiceHost host, ProviderMessages? messages = null) =>
        ProviderVerifier.For(OrderServicePact.Provider, host.Server.CreateHandler(), options: new VerifierOptions { Output = new RecordingOutput() })
            .WithStates(UserServiceStates.For(host.Services))
            .WithMessages(messages ?? UserServiceMessages.For(host.Services))
            .VerifyAsync(OrderServicePact.Source, TestContext.Current.CancellationToken);

    private sealed class StatusRewrite(int from, int to) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Response.OnStarting(() =>
                {
                    if (context.Response.StatusCode == from)
                    {
                        context.Response.StatusCode = to;
                    }

                    return Task.CompletedTask;
                });
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
