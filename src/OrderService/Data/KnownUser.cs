namespace OrderService.Data;

/// <summary>A user OrderService has heard of through UserService's <c>UserCreated</c> events; keyed by UserService's id.</summary>
public sealed class KnownUser
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public required string Email { get; set; }

    /// <summary>When UserService created the user.</summary>
    public DateTimeOffset CreatedAt { get; set; }
}
