using OrderService.Data;

namespace OrderService.Products;

/// <summary>A product as the API shows it.</summary>
public sealed record ProductResponse(int Id, string Name, decimal Price, int Stock)
{
    internal static ProductResponse From(Product product) => new(product.Id, product.Name, product.Price, product.Stock);
}
