using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace ContractTesting.Broker.Http;

/// <summary>
/// Reads a request's JSON body, enforcing the size limit, and turns every way it can be wrong into a 4xx
/// <see cref="BrokerProblem"/> that says what is wrong and where. The bytes are kept for the request, so a handler that
/// is run again (after a conflict with a concurrent request) reads the same body.
/// </summary>
internal static class JsonBody
{
    private const int DrainFactor = 4;

    private static readonly object BodyKey = new();
    private static readonly System.Text.UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The body as a JSON object.</summary>
    /// <param name="request">The request.</param>
    /// <param name="limit">The largest body accepted, in bytes.</param>
    /// <param name="allowEmpty">Whether an empty body reads as <c>{}</c> (the CLI sends none on some PUTs).</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <exception cref="BrokerProblem">415 not JSON, 413 too large, 400 empty, not UTF-8, malformed or not an object.</exception>
    public static async Task<JsonObject> ReadObjectAsync(HttpRequest request, long limit, bool allowEmpty, CancellationToken cancellationToken)
    {
        var bytes = await ReadBytesAsync(request, limit, cancellationToken).ConfigureAwait(false);
        if (bytes.Length == 0 || bytes.AsSpan().Trim(" \t\r\n"u8).IsEmpty)
        {
            return allowEmpty ? [] : throw BrokerProblem.Invalid("body", "The request body is empty; a JSON object is expected.");
        }

        if (!IsJson(request.ContentType))
        {
            throw BrokerProblem.UnsupportedMediaType(
                $"The request body must be JSON (Content-Type application/json), not '{request.ContentType ?? "(none)"}'.");
        }

        return Parse(bytes, "body", "The request body");
    }

    /// <summary>Parses UTF-8 JSON that must be one object.</summary>
    /// <param name="bytes">The content.</param>
    /// <param name="field">The field errors are reported under.</param>
    /// <param name="what">What the content is, to start error messages with (e.g. "The request body").</param>
    /// <exception cref="BrokerProblem">400 not UTF-8, malformed or not an object.</exception>
    public static JsonObject Parse(ReadOnlySpan<byte> bytes, string field, string what)
    {
        if (!Utf8.IsValid(bytes))
        {
            throw BrokerProblem.Invalid(field, $"{what} is not valid UTF-8 (at byte {FirstInvalidUtf8(bytes) + 1}).");
        }

        JsonNode? node;
        try
        {
            node = JsonNode.Parse(bytes, documentOptions: new JsonDocumentOptions { MaxDepth = 512 });
            if (node is JsonObject json)
            {
                // Objects are filled lazily; touching every level now reports a repeated key here, not later.
                Materialize(json);
                return json;
            }
        }
        catch (JsonException e)
        {
            throw BrokerProblem.Invalid(field, $"{what} is not valid JSON: {Describe(e)}");
        }
        catch (ArgumentException e)
        {
            throw BrokerProblem.Invalid(field, $"{what} is not valid JSON: {e.Message}");
        }

        throw BrokerProblem.Invalid(field, $"{what} must be a JSON object, not {Kind(node)}.");
    }

    private static async Task<byte[]> ReadBytesAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        if (request.HttpContext.Items.TryGetValue(BodyKey, out var cached) && cached is byte[] kept)
        {
            return kept;
        }

        var chunk = new byte[81920];
        if (request.ContentLength > limit)
        {
            await DiscardRestAsync(request, chunk, limit, cancellationToken).ConfigureAwait(false);
            throw BrokerProblem.TooLarge(limit);
        }

        using var buffer = new MemoryStream();
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    await DiscardRestAsync(request, chunk, limit, cancellationToken).ConfigureAwait(false);
                    throw BrokerProblem.TooLarge(limit);
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw BrokerProblem.TooLarge(limit);
        }

        var bytes = buffer.ToArray();
        request.HttpContext.Items[BodyKey] = bytes;
        return bytes;
    }

    /// <summary>
    /// How much of a request body the server reads at most: <see cref="DrainFactor"/> times the limit. Past the limit
    /// the bytes are read only to be discarded, so that a client still sending can finish and read the 413 answer;
    /// past this, the connection is closed instead.
    /// </summary>
    public static long ReadLimit(long limit) => limit > long.MaxValue / DrainFactor ? long.MaxValue : limit * DrainFactor;

    // A client that sends the body while the answer is written reads no answer at all if the server closes the
    // connection on unread bytes (TCP resets it); reading them first lets the 413 arrive.
    private static async Task DiscardRestAsync(HttpRequest request, byte[] chunk, long limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > ReadLimit(limit))
        {
            return;
        }

        try
        {
            while (await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false) > 0)
            {
            }
        }
        catch (BadHttpRequestException)
        {
            // Past ReadLimit, or a broken body: the server closes the connection.
        }
    }

    private static bool IsJson(string? contentType) =>
        contentType is not null && contentType.Contains("json", StringComparison.OrdinalIgnoreCase);

    private static void Materialize(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject json:
                foreach (var (_, value) in json)
                {
                    Materialize(value);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Materialize(item);
                }

                break;
        }
    }

    private static string Describe(JsonException e)
    {
        var message = e.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        }

        var reason = (cut >= 0 ? message[..cut] : message).Trim();
        return e.LineNumber is { } line && e.BytePositionInLine is { } position
            ? $"{reason} (line {line + 1}, byte {position + 1})"
            : reason;
    }

    private static string Kind(JsonNode? node) => node switch
    {
        null => "null",
        JsonArray => "an array",
        JsonValue value => value.GetValueKind() switch
        {
            JsonValueKind.String => "a string",
            JsonValueKind.Number => "a number",
            _ => "a boolean",
        },
        _ => "something else",
    };

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        try
        {
            StrictUtf8.GetCharCount(bytes);
            return bytes.Length;
        }
        catch (System.Text.DecoderFallbackException e)
        {
            return e.Index;
        }
    }
}
