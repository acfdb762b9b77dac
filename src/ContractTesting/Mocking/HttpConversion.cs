using ContractTesting.Models;
using Microsoft.AspNetCore.Http;
using HttpRequest = ContractTesting.Models.HttpRequest;
using HttpResponse = ContractTesting.Models.HttpResponse;
using QueryCollection = ContractTesting.Models.QueryCollection;

namespace ContractTesting.Mocking;

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

}
