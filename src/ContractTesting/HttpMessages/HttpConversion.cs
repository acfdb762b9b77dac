using ContractTesting.Models;
using Microsoft.AspNetCore.Http;
using HttpRequest = ContractTesting.Models.HttpRequest;
using HttpResponse = ContractTesting.Models.HttpResponse;
using QueryCollection = ContractTesting.Models.QueryCollection;

namespace ContractTesting.HttpMessages;

/// <summary>Converts between the pact model and ASP.NET Core / <see cref="System.Net.Http"/> messages.</summary>
internal static class HttpConversion
{
    public static async Task<HttpRequest> FromContextAsync(HttpContext context, CancellationToken cancellationToken)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, cancellationToken).ConfigureAwait(false);
        return new HttpRequest
        {
            Method = context.Request.Method.ToUpperInvariant(),
            Path = (context.Request.PathBase + context.Request.Path).Value is { Length: > 0 } path ? path : "/",
            Query = context.Request.QueryString.HasValue ? QueryCollection.Parse(context.Request.QueryString.Value) : QueryCollection.Empty,
            Headers = new HeaderCollection(context.Request.Headers.Select(h => new KeyValuePair<string, IReadOnlyList<string>>(h.Key, [.. h.Value.OfType<string>()]))),
            Body = body.Length == 0 ? Body.Missing : Body.FromBytes(body.ToArray()),
        };
    }

    public static async Task WriteAsync(HttpResponse response, HttpContext context, CancellationToken cancellationToken)
    {
        context.Response.StatusCode = response.Status;
        foreach (var (name, values) in response.Headers)
        {
            context.Response.Headers.Append(name, values.ToArray());
        }

        if (response.Body.IsPresent)
        {
            context.Response.ContentLength = response.Body.Content.Length;
            await context.Response.Body.WriteAsync(response.Body.Content, cancellationToken).ConfigureAwait(false);
        }
    }

    public static async Task<HttpRequest> FromMessageAsync(HttpRequestMessage message, CancellationToken cancellationToken)
    {
        var uri = message.RequestUri ?? throw new InvalidOperationException("The request has no URI.");
        var headers = message.Headers.Concat(message.Content?.Headers ?? Enumerable.Empty<KeyValuePair<string, IEnumerable<string>>>())
            .Select(h => new KeyValuePair<string, IReadOnlyList<string>>(h.Key, [.. h.Value]));
        var bytes = message.Content is null ? [] : await message.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        return new HttpRequest
        {
            Method = message.Method.Method.ToUpperInvariant(),
            Path = Uri.UnescapeDataString(uri.AbsolutePath),
            Query = uri.Query.Length > 1 ? QueryCollection.Parse(uri.Query) : QueryCollection.Empty,
            Headers = new HeaderCollection(headers),
            Body = bytes.Length == 0 ? Body.Missing : Body.FromBytes(bytes),
        };
    }

    public static HttpResponseMessage ToMessage(HttpResponse response, HttpRequestMessage request)
    {
        var message = new HttpResponseMessage((System.Net.HttpStatusCode)response.Status)
        {
            RequestMessage = request,
            Content = new ByteArrayContent(response.Body.IsPresent ? response.Body.Content.ToArray() : []),
        };
        message.Content.Headers.ContentType = null;
        foreach (var (name, values) in response.Headers)
        {
            if (!message.Headers.TryAddWithoutValidation(name, values))
            {
                message.Content.Headers.TryAddWithoutValidation(name, values);
            }
        }

        return message;
    }

    /// <summary>The request a verifier sends for an expected request: its path below <paramref name="baseAddress"/>, query, headers and body.</summary>
    public static HttpRequestMessage ToRequestMessage(HttpRequest request, Uri baseAddress)
    {
        var query = request.Query.Count == 0 ? string.Empty : "?" + request.Query.ToQueryString();
        var uri = new Uri(baseAddress.GetLeftPart(UriPartial.Authority) + baseAddress.AbsolutePath.TrimEnd('/') + EscapePath(request.Path) + query);
        var message = new HttpRequestMessage(new HttpMethod(request.Method), uri);
        var contentHeaders = request.Headers.Where(h => h.Key.StartsWith("Content-", StringComparison.OrdinalIgnoreCase)).ToList();
        if (request.Body.IsPresent || request.Body.State == BodyState.Empty || contentHeaders.Count > 0)
        {
            message.Content = new ByteArrayContent(request.Body.IsPresent ? request.Body.Content.ToArray() : []);
            message.Content.Headers.ContentType = null;
            if (request.Body.IsPresent && contentHeaders.Count == 0 && request.Body.ContentType is { } declared)
            {
                message.Content.Headers.TryAddWithoutValidation("Content-Type", declared.ToString());
            }
        }

        foreach (var (name, values) in request.Headers)
        {
            if (!message.Headers.TryAddWithoutValidation(name, values))
            {
                message.Content?.Headers.TryAddWithoutValidation(name, values);
            }
        }

        return message;
    }

    /// <summary>A provider's answer as the pact model's response (message and content headers together).</summary>
    public static async Task<HttpResponse> FromResponseMessageAsync(HttpResponseMessage message, CancellationToken cancellationToken)
    {
        var headers = message.Headers.Concat(message.Content.Headers)
            .Select(h => new KeyValuePair<string, IReadOnlyList<string>>(h.Key, [.. h.Value]));
        var bytes = await message.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        return new HttpResponse
        {
            Status = (int)message.StatusCode,
            Headers = new HeaderCollection(headers),
            Body = bytes.Length == 0 ? Body.Missing : Body.FromBytes(bytes),
        };
    }

    private static string EscapePath(string path)
    {
        var absolute = path.StartsWith('/') ? path : "/" + path;
        return string.Join('/', absolute.Split('/').Select(Uri.EscapeDataString));
    }
}
