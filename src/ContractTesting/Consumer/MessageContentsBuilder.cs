using System.Xml.Linq;

namespace ContractTesting.Consumer;

/// <summary>Collects one message of a synchronous message interaction.</summary>
internal sealed class MessageContentsBuilder(MessagePartState state) : IMessageContentsBuilder
{
    public MessagePartState State { get; } = state;

    public IMessageContentsBuilder WithMetadata(string key, object? value) => Apply(() => State.AddMetadata(key, value));

    public IMessageContentsBuilder WithMetadata(string key, Matcher value) => Apply(() => State.AddMetadata(key, value));

    public IMessageContentsBuilder WithJsonContent(object content, string contentType = "application/json") => Apply(() => State.Content.SetJson(content, contentType));

    public IMessageContentsBuilder WithTextContent(string content, string contentType = "text/plain") => Apply(() => State.Content.SetText(content, contentType));

    public IMessageContentsBuilder WithXmlContent(XElement root, string contentType = "application/xml") => Apply(() => State.Content.SetXml(root, contentType));

    public IMessageContentsBuilder WithBinaryContent(byte[] content, string contentType) => Apply(() => State.Content.SetBinary(content, contentType));

    public IMessageContentsBuilder WithContentMatcher(string path, Matcher matcher) => Apply(() => State.Content.AddMatcher(path, matcher));

    private MessageContentsBuilder Apply(Action change)
    {
        change();
        return this;
    }
}
