namespace ContractTesting.Consumer;

/// <summary>
/// Describes a message interaction before its parts: provider states and V4 details. Metadata or contents make it an
/// asynchronous message (a V3 message or a V4 <c>Asynchronous/Messages</c> interaction); <see cref="WithRequest"/>
/// makes it a V4 synchronous message, a request answered by response messages.
/// </summary>
public interface IMessageInteractionBuilder : IMessagePartBuilder<IMessageBuilder>, IMessageHandlerVerifier
{
    /// <summary>A provider state that must hold when the provider produces the message, e.g. "a user with ID 1 exists".</summary>
    IMessageInteractionBuilder Given(string providerState);

    /// <summary>A provider state with parameters (an object or a dictionary; values keep their JSON types).</summary>
    IMessageInteractionBuilder Given(string providerState, object parameters);

    /// <summary>The V4 interaction key, a stable identifier for the interaction.</summary>
    IMessageInteractionBuilder WithKey(string key);

    /// <summary>Marks the interaction as pending (V4): a provider failing it is reported but not failed.</summary>
    IMessageInteractionBuilder AsPending();

    /// <summary>Adds a V4 comment.</summary>
    IMessageInteractionBuilder WithComment(string comment);

    /// <summary>Records the name of the test that defines the interaction (V4 comment <c>testname</c>).</summary>
    IMessageInteractionBuilder WithTestName(string testName);

    /// <summary>The request message of a synchronous message interaction (V4); the responses follow with <c>WillRespondWith</c>.</summary>
    ISynchronousRequestBuilder WithRequest(Action<IMessageContentsBuilder> request);
}
