using ContractTesting.Models;

namespace ContractTesting.Consumer;

/// <summary>
/// Runs the consumer's handler on a message. The message given to the handler is the example with generators applied
/// and matchers replaced by their examples; the interaction is recorded for the pact file only when the handler succeeds.
/// </summary>
public interface IMessageHandlerVerifier
{
    /// <summary>
    /// Gives the message, read as <typeparamref name="T"/>, to the handler. JSON contents are deserialised with the
    /// contract's JSON settings; <see cref="string"/> takes the text, <see cref="byte"/>[] the bytes,
    /// <see cref="System.Xml.Linq.XElement"/> the XML root and <see cref="MessageContents"/> the whole message with its metadata.
    /// When it returns, the interaction waits for the pact file like a passing HTTP test's (see <see cref="IContractBuilder.VerifyAsync"/>).
    /// </summary>
    /// <param name="handler">The consumer code that handles the message.</param>
    /// <param name="cancellationToken">Cancels reading the existing pact file.</param>
    /// <exception cref="MessageHandlerException">The message could not be read as <typeparamref name="T"/>, or the handler threw; nothing is written.</exception>
    /// <exception cref="InvalidOperationException">
    /// The message cannot be written in the contract's specification, an example breaks its own matcher, or the pact
    /// file holds the same interaction with other content.
    /// </exception>
    Task VerifyAsync<T>(Func<T, Task> handler, CancellationToken cancellationToken = default);

    /// <summary>Like <see cref="VerifyAsync{T}(Func{T, Task}, CancellationToken)"/>, with a synchronous handler.</summary>
    /// <exception cref="MessageHandlerException">The message could not be read as <typeparamref name="T"/>, or the handler threw; nothing is written.</exception>
    void Verify<T>(Action<T> handler);

    /// <summary>Gives the whole message (contents as bytes with their content type, and metadata) to the handler.</summary>
    /// <exception cref="MessageHandlerException">The handler threw; nothing is written.</exception>
    Task VerifyAsync(Func<MessageContents, Task> handler, CancellationToken cancellationToken = default);
}
