using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using OrderService.Data;

namespace OrderService.Products;

/// <summary><c>/api/products</c>: read one product with its current stock.</summary>
internal static class ProductEndpoints
{
    public static IEndpointRouteBuilder MapProductEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/products/{id:int}", GetAsync);
        return app;
    }

    private static async Task<Results<Ok<ProductResponse>, ProblemHttpResult>> GetAsync(
        int id, OrdersDbContext db, CancellationToken cancellationToken)
    {
        Product? product = await db.Products.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        return product is null ? Problems.ProductNotFound(id) : TypedResults.Ok(ProductResponse.From(product));
    }
}
