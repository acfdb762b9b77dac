using UserService.Data;

namespace UserService.Notifications;

/// <summary>A notification as the API shows it; <see cref="CreatedAt"/> is UTC and serializes with a <c>Z</c>.</summary>
public sealed record NotificationResponse(int Id, string Type, int? OrderId, DateTime CreatedAt)
{
    internal static NotificationResponse From(Notification notification) =>
        new(notification.Id, notification.Type, notification.OrderId, notification.CreatedAt.UtcDateTime);
}
