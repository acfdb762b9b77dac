using ContractTesting.Generation;
using ContractTesting.Json;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Tests.Support;

/// <summary>Generator contexts with a stopped clock and seeded randomness, so generated values are repeatable.</summary>
internal static class GeneratorContexts
{
    /// <summary>The instant the clock is stopped at: Thursday 29 February 2024, 10:15:30.1234567 UTC (a leap day, before noon).</summary>
    public static DateTimeOffset Now { get; } = new DateTimeOffset(2024, 2, 29, 10, 15, 30, TimeSpan.Zero).AddTicks(1_234_567);

    public static GeneratorContext Consumer(int seed = 1) => new()
    {
        Mode = GeneratorMode.Consumer,
        Random = new Random(seed),
        TimeProvider = new FixedTimeProvider(Now),
    };

    public static GeneratorContext Provider(int seed = 1) => Consumer(seed) with { Mode = GeneratorMode.Provider };

    /// <summary>A provider-side context with provider-state values given as JSON, e.g. <c>("id", "1000")</c>.</summary>
    public static GeneratorContext ProviderWithState(params (string Name, string Json)[] values) =>
        Provider() with { ProviderState = values.ToDictionary(v => v.Name, v => PactJson.Parse(v.Json)) };

    /// <summary>Generates <paramref name="count"/> values from one seeded context.</summary>
    public static List<JToken> Draw(Generator generator, JToken example, int count, int seed = 1)
    {
        var context = Consumer(seed);
        return [.. Enumerable.Range(0, count).Select(_ => generator.Generate(example, context))];
    }

    /// <summary>The text of a generated value: a string's own text, otherwise compact JSON.</summary>
    public static string Text(JToken value) => value.Type == JTokenType.String ? value.Value<string>()! : value.ToString(Newtonsoft.Json.Formatting.None);
}
