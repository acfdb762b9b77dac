using ContractTesting.Models;

namespace ContractTesting.Consumer;

/// <summary>
/// A synchronous message interaction with its request and responses; ends with the consumer code that uses them. The
/// messages given to the handler are the examples with generators applied and matchers replaced by their examples;
/// the interaction is recorded for the pact file only when the handler succeeds.
/// </summary>
public interface ISynchronousMessageBuilder
{
    /// <summary>Another response message, after the ones before it (a provider may answer with several).</summary>
    ISynchronousMessageBuilder WillRespondWith(Action<IMessageContentsBuilder> response);

    /// <summary>
    /// Gives the request and its one response, read as <typeparamref name="TRequest"/> and <typeparamref name="TResponse"/>
    /// (as <see cref="IMessageHandlerVerifier.VerifyAsync{T}(Func{T, Task}, CancellationToken)"/> reads a message), to the handler.
    /// </summary>
    /// <exception cref="InvalidOperationException">The interaction has several responses (use the overload that takes them all), or cannot be written.</exception>
    /// <exception cref="MessageHandlerException">A message could not be read, or the handler threw; nothing is written.</exception>
    Task VerifyAsync<TRequest, TResponse>(Func<TRequest, TResponse, Task> handler, CancellationToken cancellationToken = default);

    /// <summary>Like <see cref="VerifyAsync{TRequest, TResponse}(Func{TRequest, TResponse, Task}, CancellationToken)"/>, with a synchronous handler.</summary>
    /// <exception cref="MessageHandlerException">A message could not be read, or the handler threw; nothing is written.</exception>
    void Verify<TRequest, TResponse>(Action<TRequest, TResponse> handler);

    /// <summary>Gives the whole request message and every response message, in order, to the handler.</summary>
    /// <exception cref="MessageHandlerException">The handler threw; nothing is written.</exception>
    Task VerifyAsync(Func<MessageContents, IReadOnlyList<MessageContents>, Task> handler, CancellationToken cancellationToken = default);
}
