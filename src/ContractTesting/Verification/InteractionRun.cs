using System.Diagnostics;
using ContractTesting.Generation;
using ContractTesting.Matching;
using ContractTesting.Models;
using ContractTesting.Sources;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Verification;

/// <summary>
/// Verifies one interaction: sets up its provider states (collecting values for generators), replays it, then tears
/// down every state that was set up, in reverse order. Failures become errors of the result, never exceptions.
/// </summary>
internal sealed class InteractionRun(ProviderStates states, StateChangeUrlHandler? stateUrl, IReadOnlyList<IInteractionVerifier> verifiers, VerifierOptions options)
{
    private static readonly ProviderState NoState = new(string.Empty);

    public async Task<InteractionResult> RunAsync(LoadedPact pact, Interaction interaction, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var errors = new List<string>();
        var warnings = new List<string>();
        var mismatches = (IReadOnlyList<Mismatch>)[];
        var setUp = new List<(ProviderState State, IProviderStateHandler Handler)>();
        var values = new Dictionary<string, JToken>();
        try
        {
            await SetUpAsync(interaction, setUp, values, errors, warnings, cancellationToken).ConfigureAwait(false);
            if (errors.Count == 0)
            {
                mismatches = await ReplayAsync(pact, interaction, values, errors, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            await TearDownAsync(setUp, errors, cancellationToken).ConfigureAwait(false);
        }

        return new InteractionResult
        {
            Interaction = interaction,
            Status = errors.Count == 0 && mismatches.Count == 0 ? InteractionStatus.Passed : InteractionStatus.Failed,
            Pending = interaction.Pending || pact.Pending || pact.WorkInProgress,
            Mismatches = mismatches,
            Errors = errors,
            Warnings = warnings,
            Duration = Stopwatch.GetElapsedTime(started),
        };
    }

    private async Task SetUpAsync(Interaction interaction, List<(ProviderState, IProviderStateHandler)> setUp, Dictionary<string, JToken> values,
        List<string> errors, List<string> warnings, CancellationToken cancellationToken)
    {
        if (interaction.ProviderStates.Count == 0 && stateUrl is { Options.CallForInteractionsWithoutStates: true })
        {
            await ChangeAsync(NoState, stateUrl, setUp, values, errors, cancellationToken).ConfigureAwait(false);
            return;
        }

        foreach (var state in interaction.ProviderStates)
        {
            foreach (var (name, value) in state.Parameters)
            {
                values[name] = value;
            }

            if (!states.Handles(state.Name))
            {
                var message = states.Unhandled(state.Name);
                if (options.UnhandledStates == UnhandledStateBehavior.Warn)
                {
                    warnings.Add(message);
                    continue;
                }

                errors.Add(message);
                return;
            }

            if (!await ChangeAsync(state, states, setUp, values, errors, cancellationToken).ConfigureAwait(false))
            {
                return;
            }
        }
    }

    private async Task<bool> ChangeAsync(ProviderState state, IProviderStateHandler handler, List<(ProviderState, IProviderStateHandler)> setUp,
        Dictionary<string, JToken> values, List<string> errors, CancellationToken cancellationToken)
    {
        try
        {
            var returned = await WithTimeoutAsync(ct => handler.HandleAsync(new ProviderStateChange(state, ProviderStateAction.Setup), ct), state, cancellationToken).ConfigureAwait(false);
            setUp.Add((state, handler));
            foreach (var (name, value) in returned ?? new Dictionary<string, JToken>())
            {
                values[name] = value;
            }

            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            errors.Add($"Provider state '{state.Name}' could not be set up: {e.Message}");
            return false;
        }
    }

    private async Task TearDownAsync(List<(ProviderState State, IProviderStateHandler Handler)> setUp, List<string> errors, CancellationToken cancellationToken)
    {
        for (var i = setUp.Count - 1; i >= 0; i--)
        {
            var (state, handler) = setUp[i];
            try
            {
                await WithTimeoutAsync(ct => handler.HandleAsync(new ProviderStateChange(state, ProviderStateAction.Teardown), ct), state, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                errors.Add($"Provider state '{state.Name}' could not be torn down: {e.Message}");
            }
        }
    }

    private async Task<IReadOnlyList<Mismatch>> ReplayAsync(LoadedPact pact, Interaction interaction, Dictionary<string, JToken> values, List<string> errors, CancellationToken cancellationToken)
    {
        var verifier = verifiers.FirstOrDefault(v => v.CanVerify(interaction));
        if (verifier is null)
        {
            errors.Add($"This verifier cannot replay {interaction.Type} interactions: {NoVerifierHint(interaction)}");
            return [];
        }

        var context = new GeneratorContext { Mode = GeneratorMode.Provider, ProviderState = values, TimeProvider = options.TimeProvider };
        try
        {
            return await verifier.VerifyAsync(interaction, pact.Pact.Specification, context, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            errors.Add(e.Message);
            return [];
        }
    }

    private static string NoVerifierHint(Interaction interaction) => interaction is HttpInteraction
        ? "give the verifier the provider's HTTP address, HttpClient or handler."
        : "register a message factory for it.";

    private async Task<IReadOnlyDictionary<string, JToken>?> WithTimeoutAsync(
        Func<CancellationToken, Task<IReadOnlyDictionary<string, JToken>?>> call, ProviderState state, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(options.RequestTimeout);
        try
        {
            return await call(limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"the state change for '{state.Name}' did not finish within {options.RequestTimeout.TotalSeconds:0.###} s");
        }
    }
}
