using System.Text;
using ContractTesting.Models;

namespace ContractTesting.Tests.Support;

/// <summary>Bodies with a declared content type, as a pact or a received request holds them.</summary>
internal static class BodyOf
{
    public static Body Json(string json) => Body.FromText(json, ContentType.Json);

    public static Body Xml(string xml) => Body.FromText(xml, ContentType.Xml);

    public static Body Text(string text) => Body.FromText(text, ContentType.Text);

    public static Body Form(string fields) => Body.FromText(fields, ContentType.FormUrlEncoded);

    public static Body Binary(byte[] content, string contentType) => Body.FromBytes(content, ContentType.Parse(contentType));

    /// <summary>A <c>multipart/form-data</c> body with CRLF line ends.</summary>
    public static Body Multipart(string boundary, params MimePart[] parts)
    {
        var body = new List<byte>();
        foreach (var part in parts)
        {
            var fileName = part.FileName is null ? string.Empty : $"; filename=\"{part.FileName}\"";
            body.AddRange(Encoding.UTF8.GetBytes(
                $"--{boundary}\r\nContent-Disposition: form-data; name=\"{part.Name}\"{fileName}\r\nContent-Type: {part.ContentType}\r\n\r\n"));
            body.AddRange(part.Content);
            body.AddRange("\r\n"u8.ToArray());
        }

        body.AddRange(Encoding.UTF8.GetBytes($"--{boundary}--\r\n"));
        return Body.FromBytes([.. body], ContentType.Parse($"multipart/form-data; boundary={boundary}"));
    }
}
