using System.Xml.Linq;
using ContractTesting.Models;
using ContractTesting.Rules;

namespace ContractTesting.Consumer;

/// <summary>Collects the expected request.</summary>
internal sealed class RequestBuilder : IRequestBuilder
{
    private readonly List<KeyValuePair<string, IReadOnlyList<string?>>> _query = [];
    private readonly RuleCollector _pathRules = new();
    private readonly RuleCollector _queryRules = new();
    private readonly string _method;
    private readonly string _path;

    public RequestBuilder(HttpMethod method, string path, HttpPartState state, ResponseBuilder response)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        _method = method.Method.ToUpperInvariant();
        _path = path;
        State = state;
        Response = response;
    }

    public RequestBuilder(HttpMethod method, Matcher path, HttpPartState state, ResponseBuilder response)
        : this(method, "/", state, response)
    {
        ArgumentNullException.ThrowIfNull(path);
        _path = state.Scalar(path, DocPath.Empty, _pathRules);
    }

    public HttpPartState State { get; }

    public ResponseBuilder Response { get; }

    public bool Responded { get; private set; }

    public HttpRequest Build() => new()
    {
        Method = _method,
        Path = _path,
        Query = new QueryCollection(_query),
        Headers = State.Headers,
        Body = State.Body,
        MatchingRules = new MatchingRules([
            _pathRules.ToCategory(MatchingRules.Path), _queryRules.ToCategory(MatchingRules.Query),
            State.HeaderRules.ToCategory(MatchingRules.Header), State.BodyRules.ToCategory(MatchingRules.Body)]),
        Generators = new Generation.Generators([
            new(MatchingRules.Path, _pathRules.Generators), new(MatchingRules.Query, _queryRules.Generators),
            new(MatchingRules.Header, State.HeaderRules.Generators), new(MatchingRules.Body, State.BodyRules.Generators)]),
    };

    public IRequestBuilder WithQuery(string name, string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(value);
        _query.Add(new(name, [value]));
        return this;
    }

    public IRequestBuilder WithQuery(string name, Matcher value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return WithQuery(name, State.Scalar(value, DocPath.Root.JoinField(name), _queryRules));
    }

    public IResponseBuilder WillRespond()
    {
        Responded = true;
        return Response;
    }

    public IRequestBuilder WithHeader(string name, string value) => Apply(() => State.AddHeader(name, value));

    public IRequestBuilder WithHeader(string name, Matcher value) => Apply(() => State.AddHeader(name, value));

    public IRequestBuilder WithJsonBody(object body, string contentType = "application/json") => Apply(() => State.SetJson(body, contentType));

    public IRequestBuilder WithBody(string body, string contentType) => Apply(() => State.SetText(body, contentType));

    public IRequestBuilder WithBinaryBody(byte[] body, string contentType) => Apply(() => State.SetBinary(body, contentType));

    public IRequestBuilder WithXmlBody(XElement root, string contentType = "application/xml") => Apply(() => State.SetXml(root, contentType));

    public IRequestBuilder WithFormBody(object fields) => Apply(() => State.SetForm(fields));

    public IRequestBuilder WithMultipartBody(Action<IMultipartBuilder> parts) => Apply(() => State.SetMultipart(parts));

    public IRequestBuilder WithBodyMatcher(string path, Matcher matcher) => Apply(() => State.AddBodyMatcher(path, matcher));

    private RequestBuilder Apply(Action change)
    {
        change();
        return this;
    }
}
