using ContractTesting.Consumer;
using ContractTesting.Models;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Verification;

/// <summary>
/// What a message factory gets when its interaction is replayed, after the interaction's provider states are set up:
/// the interaction, the provider-state values, and (for a synchronous message) the request message.
/// </summary>
public sealed class MessageContext
{
    private readonly JsonSerializer _serializer;

    internal MessageContext(Interaction interaction, IReadOnlyDictionary<string, JToken> providerState, MessageContents? request, JsonSerializer serializer)
    {
        Interaction = interaction;
        ProviderState = providerState;
        Request = request;
        _serializer = serializer;
    }

    /// <summary>The interaction being verified, as the pact gives it.</summary>
    public Interaction Interaction { get; }

    /// <summary>The interaction's description.</summary>
    public string Description => Interaction.Description;

    /// <summary>
    /// The provider-state values: the parameters of the interaction's states, merged with what their setups returned
    /// (later states win). Empty when there are none.
    /// </summary>
    public IReadOnlyDictionary<string, JToken> ProviderState { get; }

    /// <summary>The request message of a synchronous message (its provider-side generators applied); null for an asynchronous message.</summary>
    public MessageContents? Request { get; }

    /// <summary>The provider-state values read as <typeparamref name="T"/> (property names case-insensitive).</summary>
    /// <exception cref="InvalidOperationException">The values cannot be read as <typeparamref name="T"/>.</exception>
    public T ProviderStateAs<T>()
    {
        var json = new JObject(ProviderState.Select(p => new JProperty(p.Key, p.Value.DeepClone())));
        try
        {
            return json.ToObject<T>(_serializer)!;
        }
        catch (Exception e) when (e is JsonException or ArgumentException or FormatException or InvalidCastException)
        {
            throw new InvalidOperationException($"The provider-state values of '{Description}' ({json.ToString(Formatting.None)}) cannot be read as {typeof(T).Name}: {e.Message}", e);
        }
    }

    /// <summary>The request message read as <typeparamref name="T"/>: its JSON deserialised, or its text, bytes or XML root.</summary>
    /// <exception cref="InvalidOperationException">The interaction is not a synchronous message, or the request cannot be read as <typeparamref name="T"/>.</exception>
    public T RequestAs<T>() => Request is null
        ? throw new InvalidOperationException($"'{Description}' is an asynchronous message: it has no request.")
        : MessageReader.Read<T>(Request, _serializer, Description);
}
