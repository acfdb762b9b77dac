using System.Text.Json;
using UserService.Data;

namespace UserService.Events;

/// <summary>The events UserService publishes about users, as the outbox rows that carry them.</summary>
public static class UserEvents
{
    /// <summary>The type (and <c>type</c> metadata) of <see cref="UserCreated"/> messages.</summary>
    public const string UserCreatedType = "UserCreated";

    /// <summary>The <see cref="UserCreated"/> event for a user just saved (its id is set).</summary>
    public static OutboxMessage Created(User user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var created = new UserCreated(user.Id, user.Name, user.Email, user.CreatedAt.UtcDateTime);
        return new OutboxMessage
        {
            Type = UserCreatedType,
            Payload = JsonSerializer.Serialize(created, JsonSerializerOptions.Web),
            CreatedAt = user.CreatedAt,
        };
    }
}
