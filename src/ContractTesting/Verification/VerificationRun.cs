using ContractTesting.Models;
using ContractTesting.Sources;

namespace ContractTesting.Verification;

/// <summary>One verification: load the pacts, verify each interaction the filter takes, publish, summarise.</summary>
internal sealed class VerificationRun(string provider, VerifierOptions options, InteractionRun interactions)
{
    private readonly IVerificationOutput _output = options.Output ?? ConsoleVerificationOutput.Instance;

    public async Task<VerificationResult> RunAsync(IReadOnlyList<IPactSource> sources, CancellationToken cancellationToken)
    {
        var pacts = new List<LoadedPact>();
        foreach (var source in sources)
        {
            pacts.AddRange(await source.LoadAsync(provider, cancellationToken).ConfigureAwait(false));
        }

        var errors = new List<string>();
        var warnings = new List<string>();
        var taken = pacts.Where(p => options.Filter.Takes(p.Pact.Consumer)).ToList();
        if (taken.Count == 0)
        {
            var message = $"No pacts were found for provider '{provider}'{(pacts.Count > 0 ? " that the consumer filter takes" : string.Empty)}.";
            (options.FailIfNoPactsFound ? errors : warnings).Add(message);
        }

        var results = new List<PactVerificationResult>();
        foreach (var pact in taken)
        {
            results.Add(await VerifyPactAsync(pact, (_, interaction) => options.Filter.Takes(interaction), cancellationToken).ConfigureAwait(false));
        }

        if (options.Publish is { } publish)
        {
            await PublishAsync(results, publish, errors, warnings, cancellationToken).ConfigureAwait(false);
        }

        var result = new VerificationResult { Provider = provider, Pacts = results, Errors = errors, Warnings = warnings };
        _output.WriteLine(string.Empty);
        _output.WriteLine(result.Summary);
        return result;
    }

    /// <summary>
    /// Verifies only the interaction at <paramref name="index"/> of the pact, whatever the filter says: the caller
    /// chose it. Writes its progress lines but no summary (the caller reports), and never publishes partial results.
    /// </summary>
    public async Task<VerificationResult> RunOneAsync(LoadedPact pact, int index, CancellationToken cancellationToken)
    {
        if (pact.Pact.Provider.Name != provider)
        {
            throw new ArgumentException($"The pact {pact} is not a pact for provider '{provider}'.", nameof(pact));
        }

        if (index < 0 || index >= pact.Pact.Interactions.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index,
                $"The pact {pact} has {VerificationText.Count(pact.Pact.Interactions.Count, "interaction")}: there is none at index {index}.");
        }

        var result = await VerifyPactAsync(pact, (i, _) => i == index, cancellationToken).ConfigureAwait(false);
        IReadOnlyList<string> warnings = options.Publish is null ? [] : ["Verification results were not published: only one interaction was verified."];
        return new VerificationResult { Provider = provider, Pacts = [result], Warnings = warnings };
    }

    private async Task<PactVerificationResult> VerifyPactAsync(LoadedPact pact, Func<int, Interaction, bool> takes, CancellationToken cancellationToken)
    {
        var heading = new PactVerificationResult { Source = pact, Interactions = [] };
        _output.WriteLine(VerificationText.PactHeading(heading));
        foreach (var notice in pact.Notices)
        {
            _output.WriteLine($"  {notice}");
        }

        var results = new List<InteractionResult>();
        var filteredOut = 0;
        for (var index = 0; index < pact.Pact.Interactions.Count; index++)
        {
            var interaction = pact.Pact.Interactions[index];
            if (!takes(index, interaction))
            {
                filteredOut++;
                continue;
            }

            var result = await interactions.RunAsync(pact, interaction, cancellationToken).ConfigureAwait(false);
            results.Add(result);
            foreach (var line in VerificationText.Interaction(result))
            {
                _output.WriteLine(line);
            }
        }

        return heading with { Interactions = results, FilteredOut = filteredOut };
    }

    private async Task PublishAsync(List<PactVerificationResult> results, PublishOptions publish, List<string> errors, List<string> warnings, CancellationToken cancellationToken)
    {
        if (!options.Filter.IsEmpty)
        {
            warnings.Add("Verification results were not published: an interaction filter was set, so not every interaction was verified.");
            return;
        }

        foreach (var result in results)
        {
            if (result.Source.ResultsPublisher is not { } publisher)
            {
                continue;
            }

            try
            {
                await publisher.PublishAsync(result, publish, cancellationToken).ConfigureAwait(false);
                _output.WriteLine($"Published verification results for {result.Source}.");
            }
            catch (PactSourceException e)
            {
                errors.Add($"Publishing the verification results for {result.Source} failed: {e.Message}");
            }
        }
    }
}
