namespace OrderService.Data;

/// <summary>A product for sale. <see cref="Price"/> is stored as exact decimal text.</summary>
public sealed class Product
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public decimal Price { get; set; }

    public int Stock { get; set; }
}
