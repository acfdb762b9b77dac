using System.Text;
using System.Xml.Linq;
using ContractTesting.Json;
using ContractTesting.Models;
using ContractTesting.Rules;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Consumer;

/// <summary>The headers, body, rules and generators of a request or response being described.</summary>
internal sealed class HttpPartState(MatcherExpander expander)
{
    // Any boundary is fine: clients pick their own, so the Content-Type of a multipart body is matched by this regex.
    private const string MultipartContentType = @"multipart/form-data;(\s*charset=[^;]*;)?\s*boundary=.*";
    private readonly List<KeyValuePair<string, IReadOnlyList<string>>> _headers = [];
    private readonly ContentState _content = new(expander);

    public MatcherExpander Expander => _content.Expander;

    public Body Body => _content.Body;

    public RuleCollector BodyRules => _content.Rules;

    public RuleCollector HeaderRules { get; } = new();

    public HeaderCollection Headers => new(_headers);

    public void AddHeader(string name, string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(value);
        _headers.Add(new(name, [value]));
    }

    public void AddHeader(string name, Matcher matcher)
    {
        AddHeader(name, Scalar(matcher, DocPath.Root.JoinField(name), HeaderRules));
    }

    /// <summary>The example text of a matcher used for a single value, with its rules recorded at the path.</summary>
    public string Scalar(Matcher matcher, DocPath path, RuleCollector rules)
    {
        var example = Expander.Expand(matcher, path, rules);
        return example is JValue { Value: not null } ? JsonDisplay.TextOf(example) : throw new ArgumentException(
            $"A matcher for '{path}' needs a single text, number or boolean example, not {PactJson.Canonical(example)}.", nameof(matcher));
    }

    public void SetJson(object body, string contentType) => SetContentType(_content.SetJson(body, contentType));

    public void SetText(string body, string contentType) => SetContentType(_content.SetText(body, contentType));

    public void SetBinary(byte[] body, string contentType) => SetContentType(_content.SetBinary(body, contentType));

    public void SetXml(XElement root, string contentType) => SetContentType(_content.SetXml(root, contentType));

    public void SetForm(object fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        _content.ResetRules();
        var json = Expander.Expand(fields, DocPath.Root, BodyRules) as JObject
            ?? throw new ArgumentException("A form body needs an object whose properties are the fields.", nameof(fields));
        var pairs = json.Properties().SelectMany(p => p.Value is JArray values
            ? values.Select(v => new KeyValuePair<string, IReadOnlyList<string?>>(p.Name, [JsonDisplay.TextOf(v)]))
            : [new KeyValuePair<string, IReadOnlyList<string?>>(p.Name, [JsonDisplay.TextOf(p.Value)])]);
        SetBody(Body.FromBytes(Encoding.UTF8.GetBytes(new QueryCollection(pairs).ToQueryString()), Models.ContentType.FormUrlEncoded), Models.ContentType.FormUrlEncoded);
    }

    public void SetMultipart(Action<IMultipartBuilder> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        _content.ResetRules();
        var builder = new MultipartBuilder(Expander, BodyRules);
        parts(builder);
        var (content, type) = builder.Build();
        SetBody(Body.FromBytes(content, type), type);
        var contentTypePath = DocPath.Root.JoinField("Content-Type");
        HeaderRules.Remove(contentTypePath);
        HeaderRules.Add(contentTypePath, [new RegexRule(MultipartContentType)], null);
    }

    public void AddBodyMatcher(string path, Matcher matcher) => _content.AddMatcher(path, matcher);

    private void SetBody(Body body, ContentType type)
    {
        _content.Set(body);
        SetContentType(type);
    }

    private void SetContentType(ContentType type)
    {
        _headers.RemoveAll(h => h.Key.Equals("Content-Type", StringComparison.OrdinalIgnoreCase));
        _headers.Add(new("Content-Type", [type.ToString()]));
    }
}
