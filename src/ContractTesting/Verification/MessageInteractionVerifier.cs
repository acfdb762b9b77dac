using ContractTesting.Generation;
using ContractTesting.Matching;
using ContractTesting.Models;
using ContractTesting.Rules;

namespace ContractTesting.Verification;

/// <summary>
/// Verifies message interactions through their factories: an asynchronous message is compared with the one its factory
/// produces; a synchronous message's factory gets the request and its responses are compared one by one, in order.
/// </summary>
internal sealed class MessageInteractionVerifier(ProviderMessages messages, TimeSpan timeout) : IInteractionVerifier
{
    public bool CanVerify(Interaction interaction) => interaction is AsynchronousMessage or SynchronousMessage;

    public async Task<IReadOnlyList<Mismatch>> VerifyAsync(Interaction interaction, PactSpecification specification, GeneratorContext context, CancellationToken cancellationToken)
    {
        var (expected, request) = interaction switch
        {
            AsynchronousMessage message => ([message.Contents], null),
            SynchronousMessage sync => (sync.Responses, InteractionGenerator.Generate(sync.Request, context) with { MatchingRules = MatchingRules.Empty, Generators = Generation.Generators.Empty }),
            _ => throw new InvalidOperationException($"'{interaction.Description}' is not a message."),
        };
        var produced = await ProduceAsync(new MessageContext(interaction, context.ProviderState, request, messages.Serializer), cancellationToken).ConfigureAwait(false);
        if (produced.Count != expected.Count)
        {
            throw new InvalidOperationException(interaction is AsynchronousMessage
                ? $"The message factory for '{interaction.Description}' produced {produced.Count} messages; an asynchronous message is one message."
                : $"The message factory for '{interaction.Description}' produced {produced.Count} response message(s), but the pact expects {expected.Count}.");
        }

        var mismatches = new List<Mismatch>();
        for (var i = 0; i < expected.Count; i++)
        {
            var found = PactMatcher.MatchMessage(expected[i], WithContentTypeMetadata(expected[i], produced[i]), specification).Mismatches;
            mismatches.AddRange(expected.Count == 1 ? found : found.Select(m => m with { Message = $"Response {i + 1}: {m.Message}" }));
        }

        return mismatches;
    }

    // The content type belongs to the contents; a pact that also states it as metadata (as V3 pacts must) is met by
    // the contents' own type when the factory gave no such metadata.
    private static MessageContents WithContentTypeMetadata(MessageContents expected, MessageContents actual)
    {
        var expectedKey = expected.Metadata.Keys.FirstOrDefault(IsContentTypeKey);
        if (expectedKey is null || actual.Metadata.Keys.Any(IsContentTypeKey) || actual.Contents.ContentType is not { } type)
        {
            return actual;
        }

        return actual with { Metadata = new Dictionary<string, Newtonsoft.Json.Linq.JToken>(actual.Metadata) { [expectedKey] = type.ToString() } };
    }

    private static bool IsContentTypeKey(string key) =>
        key.Equals("contentType", StringComparison.OrdinalIgnoreCase) || key.Equals("content-type", StringComparison.OrdinalIgnoreCase);

    private async Task<IReadOnlyList<MessageContents>> ProduceAsync(MessageContext context, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            return await messages.ProduceAsync(context, limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"The message factory for '{context.Description}' did not finish within {timeout.TotalSeconds:0.###} s.");
        }
    }
}
