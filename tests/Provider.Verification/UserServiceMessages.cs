using System.Text;
using ContractTesting.Verification;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UserService.Data;
using UserService.Events;

namespace Provider.Verification;

/// <summary>
/// The messages UserService publishes, each built by UserService's own event code (<see cref="UserEvents"/>, the code
/// that writes its outbox) from what the provider states put in its database, and returned as UserService publishes
/// it: the JSON payload, with the event type as <c>type</c> metadata. The same registry serves the in-process verifier
/// and the message endpoint the reference verifier calls.
/// </summary>
internal static class UserServiceMessages
{
    public const string UserCreated = "a UserCreated event for user 1";

    public static ProviderMessages For(IServiceProvider services) => new ProviderMessages()
        .Add(UserCreated, async (context, cancellationToken) =>
        {
            var id = context.ProviderStateAs<UserServiceStates.UserState>().Id;
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<UsersDbContext>();
            var user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == id, cancellationToken);
            return Published(UserEvents.Created(user));
        });

    /// <summary>An outbox row as the message a relay would publish.</summary>
    public static ProviderMessage Published(OutboxMessage message) =>
        ProviderMessage.FromBytes(Encoding.UTF8.GetBytes(message.Payload), "application/json").WithMetadata("type", message.Type);
}
