namespace OrderService.Data;

/// <summary>A placed order. <see cref="Total"/> is the sum of each line's quantity times its unit price.</summary>
public sealed class Order
{
    public int Id { get; set; }

    public int UserId { get; set; }

    public decimal Total { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public ICollection<OrderItem> Items { get; } = [];
}
