namespace UserService.Data;

/// <summary>A notification sent to a user; deleted with the user.</summary>
public sealed class Notification
{
    public int Id { get; set; }

    public int UserId { get; set; }

    public required string Type { get; set; }

    public int? OrderId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
