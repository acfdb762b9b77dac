using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ContractTesting.Broker.Http;

/// <summary>
/// A JSON answer: HAL (<c>application/hal+json</c>) for resources, plain JSON for errors. Non-ASCII text is written as
/// is, not as <c>\u</c> escapes, so pact content reads back as it was published.
/// </summary>
internal sealed class JsonResponse(JsonNode body, int statusCode = StatusCodes.Status200OK, string contentType = JsonResponse.HalContentType, string? location = null) : IResult
{
    public const string HalContentType = "application/hal+json;charset=utf-8";
    public const string ErrorContentType = "application/json;charset=utf-8";

    public static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static readonly JsonSerializerOptions SerializerOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public int StatusCode => statusCode;

    public JsonNode Body => body;

    public static JsonResponse Created(JsonNode body, string location) => new(body, StatusCodes.Status201Created, HalContentType, location);

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        response.StatusCode = statusCode;
        response.ContentType = contentType;
        if (location is not null)
        {
            response.Headers.Location = location;
        }

        var bytes = ToUtf8(body);
        response.ContentLength = bytes.Length;
        await response.Body.WriteAsync(bytes, httpContext.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>The JSON text as UTF-8, written as responses write it.</summary>
    public static byte[] ToUtf8(JsonNode node)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            node.WriteTo(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }
}
