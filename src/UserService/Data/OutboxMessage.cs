namespace UserService.Data;

/// <summary>
/// An event to publish, written in the same transaction as the change it announces (the outbox pattern), so an event
/// is never published for a change that was rolled back, nor lost for one that was committed. A relay that forwards
/// the rows to a message broker would read them in <see cref="Id"/> order.
/// </summary>
public sealed class OutboxMessage
{
    public long Id { get; set; }

    /// <summary>The event type, e.g. <c>UserCreated</c>; published as the message's <c>type</c> metadata.</summary>
    public required string Type { get; set; }

    /// <summary>The event as published: JSON (UTF-8).</summary>
    public required string Payload { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
