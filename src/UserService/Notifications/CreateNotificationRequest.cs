namespace UserService.Notifications;

/// <summary>The body of <c>POST /api/users/{id}/notifications</c>. <see cref="Type"/> is required; <see cref="OrderId"/> is optional.</summary>
public sealed record CreateNotificationRequest(string? Type, int? OrderId);
