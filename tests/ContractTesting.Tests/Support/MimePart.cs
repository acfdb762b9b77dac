using System.Text;

namespace ContractTesting.Tests.Support;

/// <summary>One part of a multipart/form-data body built by <see cref="BodyOf.Multipart"/>.</summary>
internal sealed record MimePart(string Name, string ContentType, byte[] Content, string? FileName = null)
{
    public static MimePart Text(string name, string contentType, string content) => new(name, contentType, Encoding.UTF8.GetBytes(content));
}
