using System.Text;
using ContractTesting.Verification;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UserService.Data;
using UserService.Events;

namespace Consumer.Pact.Interop;

/// <summary>
/// The messages UserService publishes, for the reference verifier (through the library's message endpoint): each is
/// built by UserService's own event code (<see cref="UserEvents"/>) from what the provider states put in its database.
/// </summary>
internal static class UserServiceMessages
{
    public static ProviderMessages For(IServiceProvider services) => new ProviderMessages()
        .Add("a UserCreated event for user 1", async (context, cancellationToken) =>
        {
            var id = context.ProviderStateAs<UserState>().Id;
            await using var scope = services.CreateAsyncScope();
            var user = await scope.ServiceProvider.GetRequiredService<UsersDbContext>().Users.AsNoTracking().SingleAsync(u => u.Id == id, cancellationToken);
            var created = UserEvents.Created(user);
            return ProviderMessage.FromBytes(Encoding.UTF8.GetBytes(created.Payload), "application/json").WithMetadata("type", created.Type);
        });

    private sealed record UserState(int Id);
}
