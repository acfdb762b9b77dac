namespace ContractTesting.Consumer;

/// <summary>Describes an asynchronous message once its metadata or contents have begun; ends with the handler that consumes it.</summary>
public interface IMessageBuilder : IMessagePartBuilder<IMessageBuilder>, IMessageHandlerVerifier;
