using ContractTesting.Generation;
using ContractTesting.Rules;

namespace ContractTesting.Models;

/// <summary>An HTTP response: what the provider answers, as expected in a pact or as actually received.</summary>
public sealed record HttpResponse
{
    /// <summary>The status code. Defaults to 200.</summary>
    public int Status { get; init; } = 200;

    /// <summary>The headers. Empty by default.</summary>
    public HeaderCollection Headers { get; init; } = HeaderCollection.Empty;

    /// <summary>The body. <see cref="Body.Missing"/> by default.</summary>
    public Body Body { get; init; } = Body.Missing;

    /// <summary>Matching rules (categories <c>status</c>, <c>header</c>, <c>body</c>).</summary>
    public MatchingRules MatchingRules { get; init; } = MatchingRules.Empty;

    /// <summary>Generators (categories <c>status</c>, <c>header</c>, <c>body</c>).</summary>
    public Generators Generators { get; init; } = Generators.Empty;

    /// <summary>The body's content type: the one the body declares, else the Content-Type header, else detected from the content.</summary>
    public ContentType? ContentType => ContentTypes.Resolve(Body, Headers.GetJoined("Content-Type"));
}
