using System.Text;
using ContractTesting.Json;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Models;

/// <summary>
/// The body of a request, response or message: its raw bytes and content type. "Missing", JSON <c>null</c>,
/// empty and present bodies stay distinct. The class is immutable.
/// </summary>
public sealed class Body : IEquatable<Body>
{
    private readonly byte[] _content;
    private JToken? _json;

    private Body(BodyState state, byte[] content, ContentType? contentType, ContentTypeHint hint)
    {
        State = state;
        _content = content;
        ContentType = contentType;
        Hint = hint;
    }

    /// <summary>No body.</summary>
    public static Body Missing { get; } = new(BodyState.Missing, [], null, ContentTypeHint.Default);

    /// <summary>A JSON <c>null</c> body.</summary>
    public static Body Null { get; } = new(BodyState.Null, [], null, ContentTypeHint.Default);

    /// <summary>An empty body.</summary>
    public static Body Empty { get; } = new(BodyState.Empty, [], null, ContentTypeHint.Default);

    /// <summary>The state of the body.</summary>
    public BodyState State { get; }

    /// <summary>Whether the body has content (<see cref="BodyState.Present"/>).</summary>
    public bool IsPresent => State == BodyState.Present;

    /// <summary>The raw content; empty unless <see cref="IsPresent"/>.</summary>
    public ReadOnlyMemory<byte> Content => _content;

    /// <summary>
    /// The content type the body itself declares (a V4 body's <c>contentType</c>, or the type it was made with), or
    /// <see langword="null"/>; V1–V3 bodies declare none, their type comes from the Content-Type header.
    /// </summary>
    public ContentType? ContentType { get; }

    /// <summary>How the body is stored in a V4 pact file when its content type is ambiguous.</summary>
    public ContentTypeHint Hint { get; }

    /// <summary>A body with the given bytes.</summary>
    public static Body FromBytes(ReadOnlySpan<byte> content, ContentType? contentType = null, ContentTypeHint hint = ContentTypeHint.Default) =>
        new(BodyState.Present, content.ToArray(), contentType, hint);

    /// <summary>A body with the given text, encoded as UTF-8.</summary>
    public static Body FromText(string text, ContentType? contentType = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new(BodyState.Present, Encoding.UTF8.GetBytes(text), contentType, ContentTypeHint.Default);
    }

    /// <summary>A JSON body; its content type defaults to <c>application/json</c>.</summary>
    public static Body FromJson(JToken json, ContentType? contentType = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        return new(BodyState.Present, Encoding.UTF8.GetBytes(PactJson.Compact(json)), contentType ?? ContentType.Json, ContentTypeHint.Default)
        {
            _json = json.DeepClone(),
        };
    }

    /// <summary>The content decoded as UTF-8 text (invalid sequences become U+FFFD).</summary>
    public string AsText() => Encoding.UTF8.GetString(_content);

    /// <summary>Returns a copy of this body with another content-type hint.</summary>
    public Body WithHint(ContentTypeHint hint) => hint == Hint ? this : new(State, _content, ContentType, hint) { _json = _json };

    /// <summary>Returns a copy of this body with another declared content type.</summary>
    public Body WithContentType(ContentType? contentType) => new(State, _content, contentType, Hint) { _json = _json };

    /// <summary>
    /// The content parsed as JSON. The result is shared and must not be modified.
    /// </summary>
    /// <exception cref="JsonParseException">The content is not valid JSON.</exception>
    internal JToken ParseJson() => _json ??= PactJson.ParseBody(_content);

    /// <inheritdoc />
    public bool Equals(Body? other) =>
        other is not null && State == other.State && Hint == other.Hint &&
        Equals(ContentType, other.ContentType) && _content.AsSpan().SequenceEqual(other._content);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Body);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(State, _content.Length);

    /// <summary>A short description for messages: the state, or the content type and size.</summary>
    public override string ToString() => State switch
    {
        BodyState.Present => $"{ContentType?.MediaType ?? "unknown content type"} body of {_content.Length} byte(s)",
        _ => $"{State} body",
    };
}
