using Microsoft.EntityFrameworkCore;

namespace OrderService.Data;

/// <summary>Creates the schema at startup (there are no migrations) and stocks an empty catalogue.</summary>
internal static class OrdersDatabase
{
    /// <summary>The catalogue that a new database starts with; ids 1 to 3.</summary>
    public static IReadOnlyList<Product> SeedProducts() =>
    [
        new() { Id = 1, Name = "Widget", Price = 29.99m, Stock = 10 },
        new() { Id = 2, Name = "Gadget", Price = 12.50m, Stock = 25 },
        new() { Id = 3, Name = "Gizmo", Price = 4.75m, Stock = 100 },
    ];

    public static async Task EnsureCreatedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using AsyncServiceScope scope = services.CreateAsyncScope();
        OrdersDbContext db = scope.ServiceProvider.GetRequiredService<OrdersDbContext>();
        await db.Database.EnsureCreatedAsync(cancellationToken);
        if (!await db.Products.AnyAsync(cancellationToken))
        {
            db.Products.AddRange(SeedProducts());
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
