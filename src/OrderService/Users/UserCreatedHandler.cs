using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OrderService.Data;

namespace OrderService.Users;

/// <summary>
/// Handles UserService's <c>UserCreated</c> events (JSON, as UserService publishes them) by recording the user as
/// known. Delivery may repeat an event, so handling one twice changes nothing.
/// </summary>
public sealed class UserCreatedHandler(OrdersDbContext db)
{
    /// <summary>Records the user an event announces and returns it.</summary>
    /// <exception cref="InvalidEventException">The payload is not a <c>UserCreated</c> event with a user id, name and email.</exception>
    public async Task<KnownUser> HandleAsync(ReadOnlyMemory<byte> payload, CancellationToken cancellationToken)
    {
        UserCreated created = Read(payload);
        KnownUser? user = await db.KnownUsers.SingleOrDefaultAsync(u => u.Id == created.UserId, cancellationToken);
        if (user is null)
        {
            user = new KnownUser { Id = created.UserId, Name = created.Name!, Email = created.Email!, CreatedAt = created.CreatedAt };
            db.KnownUsers.Add(user);
            await db.SaveChangesAsync(cancellationToken);
        }

        return user;
    }

    private static UserCreated Read(ReadOnlyMemory<byte> payload)
    {
        UserCreated? created;
        try
        {
            created = JsonSerializer.Deserialize<UserCreated>(payload.Span, JsonSerializerOptions.Web);
        }
        catch (JsonException exception)
        {
            throw new InvalidEventException($"The UserCreated event is not valid JSON of that event: {exception.Message}", exception);
        }

        return created is { UserId: > 0, Name.Length: > 0, Email.Length: > 0 }
            ? created
            : throw new InvalidEventException("The UserCreated event needs a positive userId, a name and an email.");
    }
}
