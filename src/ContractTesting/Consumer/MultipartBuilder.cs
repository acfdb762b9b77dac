using System.Buffers;
using System.Text;
using ContractTesting.Json;
using ContractTesting.Models;
using ContractTesting.Rules;

namespace ContractTesting.Consumer;

/// <summary>Builds a <c>multipart/form-data</c> body with a fixed boundary, so the same parts always give the same bytes.</summary>
internal sealed class MultipartBuilder(MatcherExpander expander, RuleCollector rules) : IMultipartBuilder
{
    private const string Boundary = "ContractTestingBoundary7MA4YWxkTrZu0gW";
    private readonly ArrayBufferWriter<byte> _body = new();

    public IMultipartBuilder AddText(string name, string value) => AddPart(name, null, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes(value));

    public IMultipartBuilder AddJson(string name, object value)
    {
        var json = expander.Expand(value, DocPath.Root.Join(name), rules);
        return AddPart(name, null, "application/json", Encoding.UTF8.GetBytes(PactJson.Compact(json)));
    }

    public IMultipartBuilder AddFile(string name, string fileName, byte[] content, string contentType) => AddPart(name, fileName, contentType, content);

    public (byte[] Content, ContentType Type) Build()
    {
        Write($"--{Boundary}--\r\n");
        return (_body.WrittenSpan.ToArray(), ContentType.Parse($"multipart/form-data; boundary={Boundary}"));
    }

    private MultipartBuilder AddPart(string name, string? fileName, string contentType, byte[] content)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var disposition = fileName is null ? $"form-data; name=\"{name}\"" : $"form-data; name=\"{name}\"; filename=\"{fileName}\"";
        Write($"--{Boundary}\r\nContent-Disposition: {disposition}\r\nContent-Type: {contentType}\r\n\r\n");
        _body.Write(content);
        Write("\r\n");
        return this;
    }

    private void Write(string text) => _body.Write(Encoding.UTF8.GetBytes(text));
}
