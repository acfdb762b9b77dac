using Microsoft.AspNetCore.Http.HttpResults;
using OrderService.Clients;

namespace OrderService;

/// <summary>The RFC 7807 answers of OrderService.</summary>
internal static class Problems
{
    public const string InsufficientStockTitle = "Insufficient stock";

    public static ProblemHttpResult OrderNotFound(int id) => NotFound("Order not found", $"Order {id} does not exist.");

    public static ProblemHttpResult ProductNotFound(int id) => NotFound("Product not found", $"Product {id} does not exist.");

    public static ProblemHttpResult UnknownProducts(IEnumerable<int> ids) =>
        BadRequest("Unknown product", $"No product has the id {string.Join(", ", ids)}. No order was placed.");

    public static ProblemHttpResult UnknownUser(int userId) =>
        BadRequest("Unknown user", $"UserService has no user {userId}. No order was placed.");

    public static ProblemHttpResult InsufficientStock(IEnumerable<string> shortages) =>
        BadRequest(InsufficientStockTitle, $"{string.Join(" ", shortages)} No order was placed and no stock was taken.");

    /// <summary>503 when UserService could not be reached, 502 when it answered with an error.</summary>
    public static ProblemHttpResult UserServiceFailed(UserServiceException exception) =>
        exception.StatusCode is null
            ? TypedResults.Problem(
                statusCode: StatusCodes.Status503ServiceUnavailable,
                title: "UserService unavailable",
                detail: "UserService could not be reached. No order was placed and no stock was taken.")
            : TypedResults.Problem(
                statusCode: StatusCodes.Status502BadGateway,
                title: "UserService failed",
                detail: $"UserService answered {(int)exception.StatusCode}. No order was placed and no stock was taken.");

    private static ProblemHttpResult NotFound(string title, string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: title, detail: detail);

    private static ProblemHttpResult BadRequest(string title, string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: title, detail: detail);
}
