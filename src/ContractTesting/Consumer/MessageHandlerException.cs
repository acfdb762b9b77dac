namespace ContractTesting.Consumer;

/// <summary>
/// The consumer's handler failed on a message of its contract (or the message could not be read as the type the
/// handler takes), so the message interaction was not recorded for the pact file. The inner exception is the handler's.
/// </summary>
public sealed class MessageHandlerException : Exception
{
    /// <summary>Creates the exception for a handler that failed on a message.</summary>
    /// <param name="consumer">The consumer's name.</param>
    /// <param name="provider">The provider's name.</param>
    /// <param name="description">The message interaction's description.</param>
    /// <param name="handlerFailure">What the handler threw.</param>
    public MessageHandlerException(string consumer, string provider, string description, Exception handlerFailure)
        : base(Describe(consumer, provider, description, handlerFailure), handlerFailure)
    {
        Description = description;
    }

    /// <summary>Creates the exception.</summary>
    public MessageHandlerException()
        : this("A message handler failed.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public MessageHandlerException(string message)
        : base(message)
    {
        Description = string.Empty;
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public MessageHandlerException(string message, Exception innerException)
        : base(message, innerException)
    {
        Description = string.Empty;
    }

    /// <summary>The description of the message interaction whose handler failed.</summary>
    public string Description { get; }

    private static string Describe(string consumer, string provider, string description, Exception failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return $"{consumer} failed to handle the message '{description}' from {provider}, so it was not recorded in the pact: " +
            $"{failure.GetType().Name}: {failure.Message}";
    }
}
