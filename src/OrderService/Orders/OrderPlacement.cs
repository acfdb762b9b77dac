using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using OrderService.Clients;
using OrderService.Data;

namespace OrderService.Orders;

/// <summary>
/// Places an order: checks the request, the products and the user, then takes the stock, saves the order and sends
/// the confirmation inside one database transaction, which commits only once UserService has the confirmation.
/// </summary>
internal sealed class OrderPlacement(OrdersDbContext db, UserServiceClient users, TimeProvider time, ILogger<OrderPlacement> logger)
{
    public const string ConfirmationType = "order_confirmation";

    public async Task<Results<Created<OrderResponse>, ValidationProblem, ProblemHttpResult>> PlaceAsync(
        CreateOrderRequest? request, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (OrderRequestValidator.Validate(request, errors) is not { } order)
        {
            return TypedResults.ValidationProblem(errors);
        }

        int[] productIds = [.. order.Items.Select(i => i.ProductId)];
        Dictionary<int, Product> products = await db.Products.AsNoTracking()
            .Where(p => productIds.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, cancellationToken);
        int[] unknown = [.. productIds.Where(id => !products.ContainsKey(id))];
        if (unknown.Length > 0)
        {
            return Problems.UnknownProducts(unknown);
        }

        try
        {
            if (await users.GetUserAsync(order.UserId, cancellationToken) is null)
            {
                return Problems.UnknownUser(order.UserId);
            }

            return await PlaceInTransactionAsync(order, products, cancellationToken);
        }
        catch (UserServiceException exception)
        {
            OrderLog.UserServiceFailed(logger, exception, order.UserId);
            return Problems.UserServiceFailed(exception);
        }
    }

    // Nothing here is visible to anyone else before CommitAsync. Any way out before it (short stock, a failed
    // notification, an exception) disposes the transaction uncommitted, so the stock and the order roll back together.
    private async Task<Results<Created<OrderResponse>, ValidationProblem, ProblemHttpResult>> PlaceInTransactionAsync(
        ValidOrder order, Dictionary<int, Product> products, CancellationToken cancellationToken)
    {
        await using IDbContextTransaction transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        List<OrderItemRequest> shortLines = await TakeStockAsync(order.Items, cancellationToken);
        if (shortLines.Count > 0)
        {
            string[] shortages = await DescribeShortagesAsync(shortLines, cancellationToken);
            await transaction.RollbackAsync(cancellationToken);
            return Problems.InsufficientStock(shortages);
        }

        var placed = new Order { UserId = order.UserId, CreatedAt = WholeSeconds.UtcNow(time) };
        foreach (OrderItemRequest item in order.Items)
        {
            placed.Items.Add(new OrderItem { ProductId = item.ProductId, Quantity = item.Quantity, UnitPrice = products[item.ProductId].Price });
        }

        placed.Total = placed.Items.Sum(i => i.Quantity * i.UnitPrice);
        db.Orders.Add(placed);
        await db.SaveChangesAsync(cancellationToken);

        await users.CreateNotificationAsync(order.UserId, new NotificationRequest(ConfirmationType, placed.Id), cancellationToken);

        // UserService has the confirmation now; a caller who hangs up at this point must not undo the order.
        await transaction.CommitAsync(CancellationToken.None);
        return TypedResults.Created($"/api/orders/{placed.Id}", OrderResponse.From(placed));
    }

    /// <summary>Takes each line's quantity where that much is in stock; returns the lines that were short.</summary>
    private async Task<List<OrderItemRequest>> TakeStockAsync(IReadOnlyList<OrderItemRequest> items, CancellationToken cancellationToken)
    {
        List<OrderItemRequest> shortLines = [];
        foreach (OrderItemRequest item in items)
        {
            // One guarded UPDATE: it takes stock only if enough is there at this moment, whatever changed since the read.
            int taken = await db.Products
                .Where(p => p.Id == item.ProductId && p.Stock >= item.Quantity)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.Stock, p => p.Stock - item.Quantity), cancellationToken);
            if (taken == 0)
            {
                shortLines.Add(item);
            }
        }

        return shortLines;
    }

    private async Task<string[]> DescribeShortagesAsync(List<OrderItemRequest> shortLines, CancellationToken cancellationToken)
    {
        int[] ids = [.. shortLines.Select(i => i.ProductId)];
        Dictionary<int, Product> current = await db.Products.AsNoTracking()
            .Where(p => ids.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, cancellationToken);
        return [.. shortLines.Select(i => $"{current[i.ProductId].Name} (product {i.ProductId}): {i.Quantity} requested, {current[i.ProductId].Stock} in stock.")];
    }
}
