using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Verification;

/// <summary>A provider-state handler made of a setup delegate and an optional teardown delegate, with typed parameters.</summary>
/// <typeparam name="TParameters">The type the state's parameters are read as (any JSON-serialisable type, or <see cref="JObject"/>).</typeparam>
internal sealed class DelegateStateHandler<TParameters>(
    Func<TParameters, CancellationToken, Task<object?>> setUp,
    Func<TParameters, CancellationToken, Task>? tearDown,
    JsonSerializer serializer) : IProviderStateHandler
{
    public async Task<IReadOnlyDictionary<string, JToken>?> HandleAsync(ProviderStateChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var parameters = ReadParameters(change);
        if (change.Action == ProviderStateAction.Teardown)
        {
            if (tearDown is not null)
            {
                await tearDown(parameters, cancellationToken).ConfigureAwait(false);
            }

            return null;
        }

        var values = await setUp(parameters, cancellationToken).ConfigureAwait(false);
        return values is null ? null : ToValues(change, values);
    }

    private TParameters ReadParameters(ProviderStateChange change)
    {
        var json = new JObject(change.State.Parameters.Select(p => new JProperty(p.Key, p.Value.DeepClone())));
        try
        {
            return json.ToObject<TParameters>(serializer)!;
        }
        catch (Exception e) when (e is JsonException or ArgumentException or FormatException or InvalidCastException)
        {
            throw new InvalidOperationException(
                $"The parameters of provider state '{change.State.Name}' ({json.ToString(Formatting.None)}) cannot be read as {typeof(TParameters).Name}: {e.Message}", e);
        }
    }

    private Dictionary<string, JToken> ToValues(ProviderStateChange change, object values) =>
        JToken.FromObject(values, serializer) is JObject json
            ? json.Properties().ToDictionary(p => p.Name, p => p.Value)
            : throw new InvalidOperationException(
                $"The setup of provider state '{change.State.Name}' returned a {values.GetType().Name}; return an object (or a dictionary) whose properties are the values for ProviderState generators, or null.");
}
