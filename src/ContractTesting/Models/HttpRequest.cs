using ContractTesting.Generation;
using ContractTesting.Rules;

namespace ContractTesting.Models;

/// <summary>An HTTP request: what the consumer sends, as expected in a pact or as actually received.</summary>
public sealed record HttpRequest
{
    /// <summary>The method in upper case. Defaults to GET.</summary>
    public string Method { get; init; } = "GET";

    /// <summary>The path, starting with <c>/</c>. Defaults to <c>/</c>.</summary>
    public string Path { get; init; } = "/";

    /// <summary>The query parameters. Empty by default.</summary>
    public QueryCollection Query { get; init; } = QueryCollection.Empty;

    /// <summary>The headers. Empty by default.</summary>
    public HeaderCollection Headers { get; init; } = HeaderCollection.Empty;

    /// <summary>The body. <see cref="Body.Missing"/> by default.</summary>
    public Body Body { get; init; } = Body.Missing;

    /// <summary>Matching rules (categories <c>method</c>, <c>path</c>, <c>query</c>, <c>header</c>, <c>body</c>).</summary>
    public MatchingRules MatchingRules { get; init; } = MatchingRules.Empty;

    /// <summary>Generators (categories <c>path</c>, <c>query</c>, <c>header</c>, <c>body</c>).</summary>
    public Generators Generators { get; init; } = Generators.Empty;

    /// <summary>The body's content type: the one the body declares, else the Content-Type header, else detected from the content.</summary>
    public ContentType? ContentType => ContentTypes.Resolve(Body, Headers.GetJoined("Content-Type"));
}
