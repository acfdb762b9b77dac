using ContractTesting.Matching;
using ContractTesting.Models;

namespace ContractTesting.Consumer;

/// <summary>Collects a synchronous message interaction's responses and runs the consumer's handler on the messages.</summary>
internal sealed class SynchronousMessageBuilder(
    ContractBuilder contract, MessageInteractionBuilder owner, InteractionDetails details, MessagePartState request, MatcherExpander expander)
    : ISynchronousRequestBuilder, ISynchronousMessageBuilder
{
    private readonly List<MessagePartState> _responses = [];

    public ISynchronousMessageBuilder WillRespondWith(Action<IMessageContentsBuilder> response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var contents = new MessageContentsBuilder(new MessagePartState(expander));
        response(contents);
        _responses.Add(contents.State);
        return this;
    }

    public Task VerifyAsync<TRequest, TResponse>(Func<TRequest, TResponse, Task> handler, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(handler);
        if (_responses.Count != 1)
        {
            throw new InvalidOperationException(
                $"The interaction '{details.Description}' has {_responses.Count} responses; a handler of one response cannot take them all. " +
                "Use VerifyAsync(Func<MessageContents, IReadOnlyList<MessageContents>, Task>).");
        }

        var serializer = contract.Serializer;
        return VerifyAsync(
            (requestMessage, responses) => handler(
                MessageReader.Read<TRequest>(requestMessage, serializer, details.Description),
                MessageReader.Read<TResponse>(responses[0], serializer, details.Description)),
            cancellationToken);
    }

    public void Verify<TRequest, TResponse>(Action<TRequest, TResponse> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        VerifyAsync<TRequest, TResponse>((requestMessage, response) =>
        {
            handler(requestMessage, response);
            return Task.CompletedTask;
        }).GetAwaiter().GetResult();
    }

    public Task VerifyAsync(Func<MessageContents, IReadOnlyList<MessageContents>, Task> handler, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(handler);
        return contract.VerifyMessageAsync(owner, Build, interaction =>
        {
            var sync = (SynchronousMessage)interaction;
            var requestMessage = MessageReader.Reify(sync.Request);
            IReadOnlyList<MessageContents> responses = [.. sync.Responses.Select(MessageReader.Reify)];
            return () => handler(requestMessage, responses);
        }, cancellationToken);
    }

    private SynchronousMessage Build()
    {
        var specification = contract.Specification;
        var message = new SynchronousMessage
        {
            Description = details.Description,
            ProviderStates = [.. details.States],
            Key = details.Key,
            Pending = details.Pending,
            Comments = details.Comments(),
            Request = request.Build(specification),
            Responses = [.. _responses.Select(r => r.Build(specification))],
        };
        OwnRules.Ensure(details.Description, [
            ("request", PactMatcher.MatchMessage(message.Request, message.Request, specification)),
            .. message.Responses.Select((r, i) => ($"response {i + 1}", PactMatcher.MatchMessage(r, r, specification)))]);
        return message;
    }
}
