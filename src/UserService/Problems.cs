using Microsoft.AspNetCore.Http.HttpResults;

namespace UserService;

/// <summary>The RFC 7807 answers that more than one endpoint gives.</summary>
internal static class Problems
{
    public static ProblemHttpResult UserNotFound(int id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "User not found", detail: $"User {id} does not exist.");
}
