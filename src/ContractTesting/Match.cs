using ContractTesting.Generation;
using ContractTesting.Rules;

namespace ContractTesting;

/// <summary>
/// Matchers for consumer tests: an example value and the rules that say what else the provider may send (or the
/// consumer may request). Use them anywhere in a body, or for a path, header, query parameter or status:
/// <code>.WithJsonBody(new { id = Match.WholeNumber(42), name = Match.Type("Ada"), tags = Match.MinType("admin", 1) })</code>
/// </summary>
public static partial class Match
{
    /// <summary>Any value of the same JSON type as the example (string, number, boolean, object, array). Cascades to what is inside.</summary>
    public static Matcher Type(object? example) => new(example, [new TypeRule()]);

    /// <summary>A list of at least <paramref name="min"/> items, each like <paramref name="item"/>. The example list holds <paramref name="min"/> copies (at least one).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="min"/> is negative.</exception>
    public static Matcher MinType(object? item, int min)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(min);
        return new(item, [new TypeRule(Min: min)], shape: MatcherShape.EachItem, copies: Math.Max(min, 1));
    }

    /// <summary>A list of at most <paramref name="max"/> items, each like <paramref name="item"/>. The example list holds one item.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="max"/> is less than 1.</exception>
    public static Matcher MaxType(object? item, int max)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        return new(item, [new TypeRule(Max: max)], shape: MatcherShape.EachItem);
    }

    /// <summary>A list of <paramref name="min"/> to <paramref name="max"/> items, each like <paramref name="item"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The bounds are negative or <paramref name="max"/> is below <paramref name="min"/> (or 1).</exception>
    public static Matcher MinMaxType(object? item, int min, int max)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(min);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, Math.Max(min, 1));
        return new(item, [new TypeRule(min, max)], shape: MatcherShape.EachItem, copies: Math.Max(min, 1));
    }

    /// <summary>A string matching the regular expression as a whole; the example must match it too.</summary>
    public static Matcher Regex(string example, string regex) => new(example, [new RegexRule(regex)]);

    /// <summary>A string containing <paramref name="substring"/>.</summary>
    public static Matcher Include(string example, string substring) => new(example, [new IncludeRule(substring)]);

    /// <summary>An integer (a JSON integer in bodies; digits in headers and query parameters).</summary>
    public static Matcher WholeNumber(long example = 1) => new(example, [new IntegerRule()]);

    /// <summary>A number with a fractional part (a JSON decimal in bodies).</summary>
    public static Matcher DecimalNumber(decimal example = 1.5m) => new(example, [new DecimalRule()]);

    /// <summary>Any number, integer or decimal.</summary>
    public static Matcher Number(decimal example) => new(example, [new NumberRule()]);

    /// <summary>JSON <c>null</c>.</summary>
    public static Matcher Null() => new(null, [new NullRule()]);

    /// <summary>A boolean (or the text "true"/"false").</summary>
    public static Matcher Boolean(bool example = true) => new(example, [new BooleanRule()]);

    /// <summary>A date in the pattern (Java <c>DateTimeFormatter</c> syntax, default <c>yyyy-MM-dd</c>).</summary>
    public static Matcher Date(string example, string format = "yyyy-MM-dd") => new(example, [new DateRule(format)]);

    /// <summary>A time of day in the pattern (default <c>HH:mm:ss</c>).</summary>
    public static Matcher Time(string example, string format = "HH:mm:ss") => new(example, [new TimeRule(format)]);

    /// <summary>A date and time in the pattern (default <c>yyyy-MM-dd'T'HH:mm:ssXXX</c>).</summary>
    public static Matcher DateTime(string example, string format = "yyyy-MM-dd'T'HH:mm:ssXXX") => new(example, [new DateTimeRule(format)]);

    /// <summary>Exactly the example. Below a type matcher, this switches type matching off again.</summary>
    public static Matcher Equality(object? example) => new(example, [new EqualityRule()]);

    /// <summary>Content whose leading bytes (magic number) say it is of the content type, e.g. <c>image/png</c>.</summary>
    public static Matcher ContentType(object? example, string contentType) => new(example, [new ContentTypeRule(contentType)]);

    /// <summary>A map with any keys whose values are like the example's values (each compared with the value of the same key, or the first).</summary>
    public static Matcher Values(object example) => new(example, [new ValuesRule()], shape: MatcherShape.EachEntry);

    /// <summary>A map whose every key passes the rules of <paramref name="keyMatchers"/>, e.g. <c>Match.Regex("a", "[a-z]+")</c>.</summary>
    public static Matcher EachKey(object example, params Matcher[] keyMatchers) =>
        new(example, [new EachKeyRule([.. keyMatchers.SelectMany(m => m.Rules)])]);

    /// <summary>A map or list whose every value passes the rules of <paramref name="valueMatchers"/>, whatever its key or position.</summary>
    public static Matcher EachValue(object example, params Matcher[] valueMatchers) =>
        new(example, [new EachValueRule([.. valueMatchers.SelectMany(m => m.Rules)])], shape: MatcherShape.EachEntry);

    /// <summary>
    /// A list containing, in any order, an item like each variant (with the variant's own matchers); other items are allowed.
    /// </summary>
    /// <exception cref="ArgumentException">No variant is given.</exception>
    public static Matcher ArrayContains(params object?[] variants)
    {
        ArgumentNullException.ThrowIfNull(variants);
        return variants.Length == 0
            ? throw new ArgumentException("ArrayContains needs at least one variant.", nameof(variants))
            : new(null, [], shape: MatcherShape.ArrayContains, variants: variants);
    }

    /// <summary>A value of the example's type that is not empty (no empty string, list or map, and not null).</summary>
    public static Matcher NotEmpty(object example) => new(example, [new NotEmptyRule()]);

    /// <summary>A semantic version (semver.org 2.0.0).</summary>
    public static Matcher Semver(string example) => new(example, [new SemverRule()]);

    /// <summary>A response status in a class of codes, e.g. <c>Match.StatusCode(StatusCodeGroup.Success, 200)</c>.</summary>
    public static Matcher StatusCode(StatusCodeGroup group, int example) => new(example, [new StatusCodeRule(group)]);

    /// <summary>A response status that is one of the given codes.</summary>
    public static Matcher StatusCode(int example, params int[] codes) => new(example, [new StatusCodeRule([example, .. codes.Where(c => c != example)])]);

    /// <summary>
    /// A value the provider supplies through provider state: the example is used by the consumer; on the provider side
    /// <c>${name}</c> expressions in <paramref name="expression"/> are filled from the state (e.g. <c>/users/${id}</c>).
    /// </summary>
    public static Matcher FromProviderState(string expression, object example) =>
        new(example, [new TypeRule()], new ProviderStateGenerator(expression));

    /// <summary>
    /// A URL that points at the mock server when the consumer test runs: the part of <paramref name="example"/> captured
    /// by the first group of <paramref name="regex"/> is kept, the rest replaced by the mock server's URL.
    /// </summary>
    public static Matcher MockServerUrl(string example, string regex) =>
        new(example, [new RegexRule(regex)], new MockServerUrlGenerator(example, regex));

    /// <summary>A UUID (lower-case, hyphenated); generated afresh on replay.</summary>
    public static Matcher Uuid(string example = "e2490de5-5bd3-43d5-b7c4-526e33f71304") =>
        new(example, [new RegexRule("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")], new UuidGenerator());
}
