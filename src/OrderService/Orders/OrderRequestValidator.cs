namespace OrderService.Orders;

/// <summary>Checks the shape of a new order; whether its products and user exist is checked later.</summary>
internal static class OrderRequestValidator
{
    /// <summary>Returns the order, or null after adding each problem to <paramref name="errors"/> (keyed by JSON path).</summary>
    public static ValidOrder? Validate(CreateOrderRequest? request, Dictionary<string, string[]> errors)
    {
        if (request?.UserId is not > 0)
        {
            errors["userId"] = ["A positive user id is required."];
        }

        IReadOnlyList<OrderItemRequest?> items = request?.Items ?? [];
        if (items.Count == 0)
        {
            errors["items"] = ["At least one item is required."];
        }

        var productIds = new HashSet<int>();
        List<OrderItemRequest> valid = [];
        for (int i = 0; i < items.Count; i++)
        {
            if (items[i] is not { } item)
            {
                errors[$"items[{i}]"] = ["An item is required."];
                continue;
            }

            if (item.Quantity < 1)
            {
                errors[$"items[{i}].quantity"] = ["Quantity must be at least 1."];
            }

            if (!productIds.Add(item.ProductId))
            {
                errors[$"items[{i}].productId"] = [$"Product {item.ProductId} is listed more than once; give its total quantity once."];
            }

            valid.Add(item);
        }

        return errors.Count == 0 && request?.UserId is int userId ? new ValidOrder(userId, valid) : null;
    }
}
