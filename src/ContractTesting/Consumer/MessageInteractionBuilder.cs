using System.Xml.Linq;
using ContractTesting.Matching;
using ContractTesting.Models;

namespace ContractTesting.Consumer;

/// <summary>Collects one message interaction: its details, then an asynchronous message's parts (or a synchronous request).</summary>
internal sealed class MessageInteractionBuilder(ContractBuilder contract, InteractionDetails details, MatcherExpander expander)
    : IMessageInteractionBuilder, IMessageBuilder
{
    private readonly MessagePartState _part = new(expander);
    private bool _synchronous;

    public string Description => details.Description;

    public IMessageInteractionBuilder Given(string providerState) => Detail(() => details.Given(providerState));

    public IMessageInteractionBuilder Given(string providerState, object parameters) => Detail(() => details.Given(providerState, parameters));

    public IMessageInteractionBuilder WithKey(string key) => Detail(() => details.WithKey(key));

    public IMessageInteractionBuilder AsPending() => Detail(details.AsPending);

    public IMessageInteractionBuilder WithComment(string comment) => Detail(() => details.WithComment(comment));

    public IMessageInteractionBuilder WithTestName(string testName) => Detail(() => details.WithTestName(testName));

    public ISynchronousRequestBuilder WithRequest(Action<IMessageContentsBuilder> request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (_synchronous)
        {
            throw new InvalidOperationException($"The interaction '{Description}' already has a request; start another with ExpectsToReceive(...).");
        }

        var contents = new MessageContentsBuilder(new MessagePartState(expander));
        request(contents);
        _synchronous = true;
        return new SynchronousMessageBuilder(contract, this, details, contents.State, expander);
    }

    public IMessageBuilder WithMetadata(string key, object? value) => Part(() => _part.AddMetadata(key, value));

    public IMessageBuilder WithMetadata(string key, Matcher value) => Part(() => _part.AddMetadata(key, value));

    public IMessageBuilder WithJsonContent(object content, string contentType = "application/json") => Part(() => _part.Content.SetJson(content, contentType));

    public IMessageBuilder WithTextContent(string content, string contentType = "text/plain") => Part(() => _part.Content.SetText(content, contentType));

    public IMessageBuilder WithXmlContent(XElement root, string contentType = "application/xml") => Part(() => _part.Content.SetXml(root, contentType));

    public IMessageBuilder WithBinaryContent(byte[] content, string contentType) => Part(() => _part.Content.SetBinary(content, contentType));

    public IMessageBuilder WithContentMatcher(string path, Matcher matcher) => Part(() => _part.Content.AddMatcher(path, matcher));

    public Task VerifyAsync<T>(Func<T, Task> handler, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(handler);
        return VerifyAsync(message => handler(MessageReader.Read<T>(message, contract.Serializer, Description)), cancellationToken);
    }

    public void Verify<T>(Action<T> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        VerifyAsync<T>(message =>
        {
            handler(message);
            return Task.CompletedTask;
        }).GetAwaiter().GetResult();
    }

    public Task VerifyAsync(Func<MessageContents, Task> handler, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(handler);
        if (_synchronous)
        {
            throw new InvalidOperationException($"The interaction '{Description}' is a synchronous message: verify it after WillRespondWith(...).");
        }

        return contract.VerifyMessageAsync(this, Build, interaction =>
        {
            var message = MessageReader.Reify(((AsynchronousMessage)interaction).Contents);
            return () => handler(message);
        }, cancellationToken);
    }

    private AsynchronousMessage Build()
    {
        var message = new AsynchronousMessage
        {
            Description = Description,
            ProviderStates = [.. details.States],
            Key = details.Key,
            Pending = details.Pending,
            Comments = details.Comments(),
            Contents = _part.Build(contract.Specification),
        };
        OwnRules.Ensure(Description, ("message", PactMatcher.MatchMessage(message.Contents, message.Contents, contract.Specification)));
        return message;
    }

    private MessageInteractionBuilder Detail(Action change)
    {
        change();
        return this;
    }

    private MessageInteractionBuilder Part(Action change)
    {
        if (_synchronous)
        {
            throw new InvalidOperationException($"The interaction '{Description}' is a synchronous message: describe its messages in WithRequest(...) and WillRespondWith(...).");
        }

        change();
        return this;
    }
}
