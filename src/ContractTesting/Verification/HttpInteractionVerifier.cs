using ContractTesting.Generation;
using ContractTesting.HttpMessages;
using ContractTesting.Matching;
using ContractTesting.Models;

namespace ContractTesting.Verification;

/// <summary>Sends an HTTP interaction's request to the provider and compares its response with the pact's.</summary>
internal sealed class HttpInteractionVerifier(HttpTarget target) : IInteractionVerifier
{
    public bool CanVerify(Interaction interaction) => interaction is HttpInteraction;

    public async Task<IReadOnlyList<Mismatch>> VerifyAsync(Interaction interaction, PactSpecification specification, GeneratorContext context, CancellationToken cancellationToken)
    {
        var http = (HttpInteraction)interaction;
        var request = InteractionGenerator.Generate(http.Request, context);
        using var message = HttpConversion.ToRequestMessage(request, target.BaseAddress);
        foreach (var (name, value) in target.CustomHeaders)
        {
            SetHeader(message, name, value);
        }

        foreach (var filter in target.RequestFilters)
        {
            await filter(message, cancellationToken).ConfigureAwait(false);
        }

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(target.Timeout);
        HttpResponse actual;
        try
        {
            using var response = await target.Client.SendAsync(message, HttpCompletionOption.ResponseContentRead, limit.Token).ConfigureAwait(false);
            actual = await HttpConversion.FromResponseMessageAsync(response, limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"The provider did not answer {message.Method} {message.RequestUri} within {target.Timeout.TotalSeconds:0.###} s.");
        }
        catch (HttpRequestException e)
        {
            throw new InvalidOperationException($"The request {message.Method} {message.RequestUri} to the provider failed: {e.Message}", e);
        }

        return PactMatcher.MatchResponse(http.Response, actual, specification).Mismatches;
    }

    private static void SetHeader(HttpRequestMessage message, string name, string value)
    {
        message.Headers.Remove(name);
        message.Content?.Headers.Remove(name);
        if (!message.Headers.TryAddWithoutValidation(name, value))
        {
            message.Content ??= new ByteArrayContent([]);
            message.Content.Headers.TryAddWithoutValidation(name, value);
        }
    }
}
