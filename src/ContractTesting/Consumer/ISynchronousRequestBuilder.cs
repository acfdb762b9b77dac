namespace ContractTesting.Consumer;

/// <summary>A synchronous message interaction with its request; it needs at least one response.</summary>
public interface ISynchronousRequestBuilder
{
    /// <summary>A response message the provider answers the request with.</summary>
    ISynchronousMessageBuilder WillRespondWith(Action<IMessageContentsBuilder> response);
}
