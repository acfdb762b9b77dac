namespace ContractTesting.Models;

/// <summary>An HTTP request the consumer sends and the response it expects (V4 type "Synchronous/HTTP").</summary>
public sealed record HttpInteraction : Interaction
{
    /// <summary>The V4 type name of HTTP interactions.</summary>
    public const string TypeName = "Synchronous/HTTP";

    /// <summary>The expected request.</summary>
    public HttpRequest Request { get; init; } = new();

    /// <summary>The expected response.</summary>
    public HttpResponse Response { get; init; } = new();

    /// <inheritdoc />
    public override string Type => TypeName;
}
