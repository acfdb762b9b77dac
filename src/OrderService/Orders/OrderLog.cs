namespace OrderService.Orders;

/// <summary>Log messages of order placement.</summary>
internal static partial class OrderLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "UserService failed while placing an order for user {UserId}; no order was placed and no stock was taken.")]
    public static partial void UserServiceFailed(ILogger logger, Exception exception, int userId);
}
