using ContractTesting.Consumer;
using ContractTesting.Models;

namespace ContractTesting.Tests.Conformance.Compatibility;

/// <summary>A message interaction a consumer scenario defines, and what its consumer test received and wrote.</summary>
internal sealed class MessageConsumerScenario
{
    /// <summary>Whether a message interaction is being defined, and of which kind.</summary>
    public MessageKind Kind { get; set; }

    /// <summary>Provider states and V4 details, in the order given.</summary>
    public List<Action<IMessageInteractionBuilder>> Details { get; } = [];

    /// <summary>The asynchronous message, or a synchronous message's request.</summary>
    public MessageDefinition Message { get; } = new();

    /// <summary>A synchronous message's responses.</summary>
    public List<MessageDefinition> Responses { get; } = [];

    /// <summary>The asynchronous message, or the request, the handler received.</summary>
    public MessageContents? Received { get; set; }

    /// <summary>The responses the handler of a synchronous message received.</summary>
    public IReadOnlyList<MessageContents> ReceivedResponses { get; set; } = [];

    /// <summary>What verifying the message threw.</summary>
    public Exception? Failure { get; set; }

    /// <summary>The pact file written, once read back.</summary>
    public Pact? Written { get; set; }
}

/// <summary>The kinds of message interaction a scenario defines.</summary>
internal enum MessageKind
{
    None,
    Asynchronous,
    Synchronous,
}
