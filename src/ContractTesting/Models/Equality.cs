using Newtonsoft.Json.Linq;

namespace ContractTesting.Models;

/// <summary>Structural equality for the collections inside model and rule types, so records compare by content.</summary>
internal static class Equality
{
    public static bool Lists<T>(IReadOnlyList<T> left, IReadOnlyList<T> right) => left.Count == right.Count && left.SequenceEqual(right);

    /// <summary>Maps of JSON values: the same keys (in any order) with deeply equal values.</summary>
    public static bool JsonMaps(IReadOnlyDictionary<string, JToken> left, IReadOnlyDictionary<string, JToken> right) =>
        left.Count == right.Count && left.All(e => right.TryGetValue(e.Key, out var value) && JToken.DeepEquals(e.Value, value));

    /// <summary>An order-independent hash of a map's keys, consistent with <see cref="JsonMaps"/>.</summary>
    public static int KeysHash<TValue>(IReadOnlyDictionary<string, TValue> map) =>
        map.Keys.Aggregate(map.Count, (hash, key) => hash ^ StringComparer.Ordinal.GetHashCode(key));
}
