using System.Globalization;
using System.Net.Sockets;
using System.Text;
using ContractTesting.Models;

namespace ContractTesting.Tests.Conformance.Compatibility;

/// <summary>
/// Sends an HTTP/1.1 request over a plain socket, writing each value of a header as a header line of its own.
/// <see cref="HttpClient"/> folds repeated values into one comma-separated line, which is another request for a
/// header whose values are matched one by one (the suite's "raw headers").
/// </summary>
internal static class RawHttp
{
    public static async Task<HttpResponse> SendAsync(Uri baseUri, HttpRequest request, CancellationToken cancellationToken)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(baseUri.Host, baseUri.Port, cancellationToken);
        await using var stream = client.GetStream();
        var body = request.Body.IsPresent ? request.Body.Content.ToArray() : [];
        var query = request.Query.ToQueryString();
        var head = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"{request.Method} {request.Path}{(query.Length > 0 ? "?" + query : string.Empty)} HTTP/1.1\r\n")
            .Append(CultureInfo.InvariantCulture, $"Host: {baseUri.Authority}\r\nConnection: close\r\nContent-Length: {body.Length}\r\n");
        foreach (var (name, values) in request.Headers)
        {
            foreach (var value in values)
            {
                head.Append(CultureInfo.InvariantCulture, $"{name}: {value}\r\n");
            }
        }

        await stream.WriteAsync(Encoding.ASCII.GetBytes(head.Append("\r\n").ToString()), cancellationToken);
        await stream.WriteAsync(body, cancellationToken);
        using var received = new MemoryStream();
        await stream.CopyToAsync(received, cancellationToken);
        return Parse(received.ToArray());
    }

    // The server closes the connection after the response (Connection: close), so the body is the rest of the bytes.
    private static HttpResponse Parse(byte[] bytes)
    {
        var end = bytes.AsSpan().IndexOf("\r\n\r\n"u8);
        var lines = Encoding.ASCII.GetString(bytes, 0, end).Split("\r\n");
        var headers = new HeaderCollection(lines.Skip(1)
            .Select(line => line.Split(':', 2))
            .Select(h => new KeyValuePair<string, IReadOnlyList<string>>(h[0].Trim(), [h[1].Trim()])));
        if (headers.ContainsKey("Transfer-Encoding"))
        {
            throw new NotSupportedException("The mock server sent a chunked response, which this client does not read.");
        }

        var body = bytes[(end + 4)..];
        return new HttpResponse
        {
            Status = int.Parse(lines[0].Split(' ')[1], CultureInfo.InvariantCulture),
            Headers = headers,
            Body = body.Length == 0 ? Body.Missing : Body.FromBytes(body),
        };
    }
}
