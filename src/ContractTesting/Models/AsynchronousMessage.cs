namespace ContractTesting.Models;

/// <summary>
/// A message the provider publishes and the consumer handles: a V3 message pact entry or a V4
/// "Asynchronous/Messages" interaction.
/// </summary>
public sealed record AsynchronousMessage : Interaction
{
    /// <summary>The V4 type name of asynchronous messages.</summary>
    public const string TypeName = "Asynchronous/Messages";

    /// <summary>The message: its contents, metadata, matching rules and generators.</summary>
    public MessageContents Contents { get; init; } = new();

    /// <inheritdoc />
    public override string Type => TypeName;
}
