namespace ContractTesting.Models;

/// <summary>A request message and the response messages it receives (V4 type "Synchronous/Messages").</summary>
public sealed record SynchronousMessage : Interaction
{
    /// <summary>The V4 type name of synchronous messages.</summary>
    public const string TypeName = "Synchronous/Messages";

    /// <summary>The request message.</summary>
    public MessageContents Request { get; init; } = new();

    /// <summary>The response messages, usually one.</summary>
    public IReadOnlyList<MessageContents> Responses { get; init; } = [];

    /// <inheritdoc />
    public override string Type => TypeName;

    /// <summary>Whether both messages have equal fields, request and responses.</summary>
    public bool Equals(SynchronousMessage? other) =>
        base.Equals(other) && Request.Equals(other.Request) && Equality.Lists(Responses, other.Responses);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Responses.Count);
}
