namespace ContractTesting.Consumer;

/// <summary>Describes one message of a synchronous message interaction: its request, or one of its responses.</summary>
public interface IMessageContentsBuilder : IMessagePartBuilder<IMessageContentsBuilder>;
