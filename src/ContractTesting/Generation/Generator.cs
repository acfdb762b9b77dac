using ContractTesting.Json;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Generation;

/// <summary>
/// A generator: replaces an example value with a fresh one when an interaction is replayed (a random number, today's
/// date, a value from provider state, the mock server's URL). Each kind is a record deriving from this class; the set is closed.
/// </summary>
public abstract record Generator
{
    private protected Generator()
    {
    }

    /// <summary>The generator's type as written in a pact file, e.g. <c>RandomInt</c>.</summary>
    public abstract string Type { get; }

    /// <summary>The generator as pact-file JSON, e.g. <c>{"type": "RandomInt", "min": 0, "max": 10}</c>.</summary>
    public JObject ToJson()
    {
        var json = new JObject { ["type"] = Type };
        WriteAttributes(json);
        return json;
    }

    /// <summary>The generator as compact JSON.</summary>
    public sealed override string ToString() => PactJson.Canonical(ToJson());

    /// <summary>Whether the generator runs in the given mode (most run in both).</summary>
    public virtual bool AppliesIn(GeneratorMode mode) => true;

    /// <summary>Produces a value to replace <paramref name="example"/>. The example's JSON type is kept where it makes sense.</summary>
    /// <exception cref="GenerationException">No value can be produced.</exception>
    internal abstract JToken Generate(JToken example, GeneratorContext context);

    private protected virtual void WriteAttributes(JObject json)
    {
    }
}
