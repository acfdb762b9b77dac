using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using UserService.Data;

namespace UserService.Notifications;

/// <summary><c>/api/users/{id}/notifications</c>: a user's notifications, oldest first, and sending a new one.</summary>
internal static class NotificationEndpoints
{
    public static IEndpointRouteBuilder MapNotificationEndpoints(this IEndpointRouteBuilder app)
    {
        RouteGroupBuilder notifications = app.MapGroup("/api/users/{id:int}/notifications");
        notifications.MapGet("", ListAsync);
        notifications.MapPost("", CreateAsync);
        return app;
    }

    private static async Task<Results<Ok<List<NotificationResponse>>, ProblemHttpResult>> ListAsync(
        int id, UsersDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.Users.AnyAsync(u => u.Id == id, cancellationToken))
        {
            return Problems.UserNotFound(id);
        }

        List<Notification> rows = await db.Notifications.AsNoTracking()
            .Where(n => n.UserId == id)
            .OrderBy(n => n.Id)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(rows.ConvertAll(NotificationResponse.From));
    }

    private static async Task<Results<Created<NotificationResponse>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        int id, CreateNotificationRequest? request, UsersDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!await db.Users.AnyAsync(u => u.Id == id, cancellationToken))
        {
            return Problems.UserNotFound(id);
        }

        string type = request?.Type?.Trim() ?? "";
        if (type.Length == 0)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["type"] = ["Type is required."] });
        }

        var notification = new Notification { UserId = id, Type = type, OrderId = request?.OrderId, CreatedAt = WholeSeconds.UtcNow(time) };
        db.Notifications.Add(notification);
        await db.SaveChangesAsync(cancellationToken);

        // There is no endpoint for one notification, so the Location names the user's list.
        return TypedResults.Created($"/api/users/{id}/notifications", NotificationResponse.From(notification));
    }
}
