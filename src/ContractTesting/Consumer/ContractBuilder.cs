using System.Runtime.ExceptionServices;
using ContractTesting.Mocking;
using ContractTesting.Models;
using ContractTesting.PactFiles;
using Newtonsoft.Json;

namespace ContractTesting.Consumer;

/// <summary>Collects interactions, runs a consumer test against a mock server, and writes the pact when it passes.</summary>
internal sealed class ContractBuilder : IContractBuilder
{
    private readonly List<InteractionBuilder> _defined = [];
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
        if (_defined.Count > 0)
        {
            var names = string.Join(", ", _defined.Select(i => $"'{i.Description}'"));
            _defined.Clear();
            throw new InvalidOperationException(
                $"The interactions {names} of {Consumer} → {Provider} were defined but never verified: call VerifyAsync(...) to run the test against them.");
        }
    }

    private Pact TakeDefinedPact()
    {
        if (_defined.Count == 0)
        {
            throw new InvalidOperationException("No interaction was defined before VerifyAsync: describe one with UponReceiving(...) first.");
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
