using System.Net;
using System.Xml.Linq;
using ContractTesting.Models;
using ContractTesting.Rules;

namespace ContractTesting.Consumer;

/// <summary>Collects the expected response.</summary>
internal sealed class ResponseBuilder(HttpPartState state) : IResponseBuilder
{
    private readonly RuleCollector _statusRules = new();
    private int _status = 200;

    public HttpResponse Build() => new()
    {
        Status = _status,
        Headers = state.Headers,
        Body = state.Body,
        MatchingRules = new MatchingRules([
            _statusRules.ToCategory(MatchingRules.Status), state.HeaderRules.ToCategory(MatchingRules.Header), state.BodyRules.ToCategory(MatchingRules.Body)]),
        Generators = new Generation.Generators([
            new(MatchingRules.Status, _statusRules.Generators), new(MatchingRules.Header, state.HeaderRules.Generators), new(MatchingRules.Body, state.BodyRules.Generators)]),
    };

    public IResponseBuilder WithStatus(HttpStatusCode status) => WithStatus((int)status);

    public IResponseBuilder WithStatus(int status)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(status, 100);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(status, 599);
        _status = status;
        return this;
    }

    public IResponseBuilder WithStatus(Matcher status)
    {
        ArgumentNullException.ThrowIfNull(status);
        var text = state.Scalar(status, DocPath.Empty, _statusRules);
        return int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var code)
            ? WithStatus(code)
            : throw new ArgumentException($"A status matcher needs a status code as its example, not '{text}'.", nameof(status));
    }

    public IResponseBuilder WithHeader(string name, string value) => Apply(() => state.AddHeader(name, value));

    public IResponseBuilder WithHeader(string name, Matcher value) => Apply(() => state.AddHeader(name, value));

    public IResponseBuilder WithJsonBody(object body, string contentType = "application/json") => Apply(() => state.SetJson(body, contentType));

    public IResponseBuilder WithBody(string body, string contentType) => Apply(() => state.SetText(body, contentType));

    public IResponseBuilder WithBinaryBody(byte[] body, string contentType) => Apply(() => state.SetBinary(body, contentType));

    public IResponseBuilder WithXmlBody(XElement root, string contentType = "application/xml") => Apply(() => state.SetXml(root, contentType));

    public IResponseBuilder WithFormBody(object fields) => Apply(() => state.SetForm(fields));

    public IResponseBuilder WithMultipartBody(Action<IMultipartBuilder> parts) => Apply(() => state.SetMultipart(parts));

    public IResponseBuilder WithBodyMatcher(string path, Matcher matcher) => Apply(() => state.AddBodyMatcher(path, matcher));

    private ResponseBuilder Apply(Action change)
    {
        change();
        return this;
    }
}
