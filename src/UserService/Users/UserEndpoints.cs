using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using UserService.Data;
using UserService.Events;

namespace UserService.Users;

/// <summary><c>/api/users</c>: read, create and delete users.</summary>
internal static class UserEndpoints
{
    private const int SqliteConstraintViolation = 19;

    public static IEndpointRouteBuilder MapUserEndpoints(this IEndpointRouteBuilder app)
    {
        RouteGroupBuilder users = app.MapGroup("/api/users");
        users.MapGet("/{id:int}", GetAsync);
        users.MapPost("", CreateAsync);
        users.MapDelete("/{id:int}", DeleteAsync);
        return app;
    }

    private static async Task<Results<Ok<UserResponse>, ProblemHttpResult>> GetAsync(
        int id, UsersDbContext db, CancellationToken cancellationToken)
    {
        User? user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, cancellationToken);
        return user is null ? Problems.UserNotFound(id) : TypedResults.Ok(UserResponse.From(user));
    }

    private static async Task<Results<Created<UserResponse>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        CreateUserRequest? request, UsersDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        string name = request?.Name?.Trim() ?? "";
        string email = request?.Email?.Trim() ?? "";
        var errors = new Dictionary<string, string[]>();
        if (name.Length == 0)
        {
            errors["name"] = ["Name is required."];
        }

        if (!EmailAddress.IsValid(email))
        {
            errors["email"] = [email.Length == 0 ? "Email is required." : $"'{email}' is not a valid email address."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (await db.Users.AnyAsync(u => u.Email == email, cancellationToken))
        {
            return EmailTaken(email);
        }

        var user = new User { Name = name, Email = email, CreatedAt = WholeSeconds.UtcNow(time) };
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            db.Users.Add(user);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException exception) when (exception.InnerException is SqliteException { SqliteErrorCode: SqliteConstraintViolation })
            {
                // Another request took the address between the check above and this insert; the unique index caught it.
                return EmailTaken(email);
            }

            // The event needs the user's id, so it is written after the insert, in the same transaction.
            db.Outbox.Add(UserEvents.Created(user));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return TypedResults.Created($"/api/users/{user.Id}", UserResponse.From(user));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        int id, UsersDbContext db, CancellationToken cancellationToken)
    {
        int deleted = await db.Users.Where(u => u.Id == id).ExecuteDeleteAsync(cancellationToken);
        return deleted == 0 ? Problems.UserNotFound(id) : TypedResults.NoContent();
    }

    private static ProblemHttpResult EmailTaken(string email) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status409Conflict,
            title: "Email already in use",
            detail: $"Another user already has the email address '{email}'.");
}
