using System.Runtime.ExceptionServices;
using ContractTesting.Mocking;
using ContractTesting.Models;
using ContractTesting.PactFiles;
using Newtonsoft.Json;

namespace ContractTesting.Consumer;

/// <summary>
/// Collects interactions, runs a consumer test against a mock server (or a message handler on its message), and
/// records the pact when it passes.
/// </summary>
internal sealed class ContractBuilder : IContractBuilder
{
    private readonly List<InteractionBuilder> _defined = [];
    private readonly List<MessageInteractionBuilder> _messages = [];
    private readonly ContractOptions _options;
    private readonly JsonSerializer _serializer;
    private readonly JsonSerializerSettings _settings;
    private bool _disposed;

    public ContractBuilder(string consumer, string provider, ContractOptions options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(consumer);
        ArgumentException.ThrowIfNullOrWhiteSpace(provider);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Consumer = consumer;
        Provider = provider;
        _options = options;
        _settings = options.JsonSettings ?? BodyJson.DefaultSettings();
        _serializer = JsonSerializer.Create(_settings);
    }

    public string Consumer { get; }

    public string Provider { get; }

    /// <summary>The specification version of the pact.</summary>
    public PactSpecification Specification => _options.Specification;

    /// <summary>How messages are read into the types their handlers take.</summary>
    public JsonSerializer Serializer => _serializer;

    /// <summary>The pact file this builder writes to.</summary>
    public string PactFilePath => Path.Combine(_options.PactDirectory ?? PactDirectory.Locate(), $"{Consumer}-{Provider}.json");

    public IInteractionBuilder UponReceiving(string description)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        var interaction = new InteractionBuilder(description, new MatcherExpander(_settings), _serializer);
        _defined.Add(interaction);
        return interaction;
    }

    public IMessageInteractionBuilder ExpectsToReceive(string description)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        var message = new MessageInteractionBuilder(this, new InteractionDetails(description, _serializer), new MatcherExpander(_settings));
        _messages.Add(message);
        return message;
    }

    /// <summary>
    /// Verifies one message interaction: builds it, checks that the pact's version can hold it, prepares what the
    /// handler gets (<paramref name="prepare"/>, outside the handler's blame), runs the handler, and records the
    /// interaction for the pact file only when the handler succeeded.
    /// </summary>
    /// <exception cref="MessageHandlerException">The handler failed (or could not read the message).</exception>
    public async Task VerifyMessageAsync(MessageInteractionBuilder definition, Func<Interaction> build, Func<Interaction, Func<Task>> prepare, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _messages.Remove(definition);
        var interaction = build();
        var pact = new Pact { Consumer = new(Consumer), Provider = new(Provider), Interactions = [interaction], Specification = _options.Specification };
        PactVersionCheck.EnsureRepresentable(pact, _options.Specification);
        var handle = prepare(interaction);
        try
        {
            await handle().ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            throw new MessageHandlerException(Consumer, Provider, interaction.Description, e);
        }

        await PendingPacts.AddAsync(pact, PactFilePath, _options.FileMode, cancellationToken).ConfigureAwait(false);
    }

    public async Task VerifyAsync(Func<IConsumerContext, Task> test, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        ArgumentNullException.ThrowIfNull(test);
        var pact = TakeDefinedPact();
        await using var server = await MockServer.StartAsync(pact, _options.MockServer, cancellationToken).ConfigureAwait(false);
        Exception? failure = null;
        try
        {
            await test(new ConsumerContext(server)).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            failure = e;
        }

        var problems = server.Problems;
        if (problems.Count > 0)
        {
            throw new ContractVerificationException(Consumer, Provider, problems, failure);
        }

        if (failure is not null)
        {
            ExceptionDispatchInfo.Throw(failure);
        }

        await PendingPacts.AddAsync(pact, PactFilePath, _options.FileMode, cancellationToken).ConfigureAwait(false);
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1065:Do not raise exceptions in unexpected locations",
        Justification = "A test that defines interactions but never verifies them must fail; disposal at the end of the test is where that shows.")]
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (_defined.Count > 0 || _messages.Count > 0)
        {
            var names = string.Join(", ", _defined.Select(i => i.Description).Concat(_messages.Select(m => m.Description)).Select(d => $"'{d}'"));
            var messagesOnly = _defined.Count == 0;
            _defined.Clear();
            _messages.Clear();
            throw new InvalidOperationException(messagesOnly
                ? $"The messages {names} of {Consumer} → {Provider} were defined but never verified: end each with Verify(...) or VerifyAsync(...) and its handler."
                : $"The interactions {names} of {Consumer} → {Provider} were defined but never verified: call VerifyAsync(...) to run the test against them (and end each message with its handler).");
        }
    }

    private Pact TakeDefinedPact()
    {
        if (_defined.Count == 0)
        {
            throw new InvalidOperationException("No interaction was defined before VerifyAsync: describe one with UponReceiving(...) first (messages are verified by their own Verify(...)).");
        }

        List<HttpInteraction> interactions;
        try
        {
            interactions = [.. _defined.Select(i => i.Build())];
        }
        finally
        {
            _defined.Clear();
        }

        var pact = new Pact { Consumer = new(Consumer), Provider = new(Provider), Interactions = interactions, Specification = _options.Specification };
        new InteractionSet("this test", _options.Specification).AddRange(interactions);
        PactVersionCheck.EnsureRepresentable(pact, _options.Specification);
        return pact;
    }
}
