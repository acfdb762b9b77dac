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
    private readonly List<KeyValuePair<DocPath, Matcher>> _bodyMatchers = [];

    public MatcherExpander Expander { get; } = expander;

    public Body Body { get; private set; } = Body.Missing;

    public RuleCollector BodyRules { get; } = new();

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

    public void SetJson(object body, string contentType)
    {
        ArgumentNullException.ThrowIfNull(body);
        ResetBodyRules();
        var type = Models.ContentType.Parse(contentType);
        SetBody(Body.FromJson(Expander.Expand(body, DocPath.Root, BodyRules), type), type);
    }

    public void SetText(string body, string contentType)
    {
        ArgumentNullException.ThrowIfNull(body);
        var type = Models.ContentType.Parse(contentType);
        SetBody(Body.FromText(body, type), type);
    }

    public void SetBinary(byte[] body, string contentType)
    {
        ArgumentNullException.ThrowIfNull(body);
        var type = Models.ContentType.Parse(contentType);
        SetBody(Body.FromBytes(body, type), type);
    }

    public void SetXml(XElement root, string contentType)
    {
        ArgumentNullException.ThrowIfNull(root);
        var text = new XDocument(new XDeclaration("1.0", "UTF-8", null), root).Declaration + root.ToString(SaveOptions.DisableFormatting);
        SetText(text, contentType);
    }

    public void SetForm(object fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ResetBodyRules();
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
        ResetBodyRules();
        var builder = new MultipartBuilder(Expander, BodyRules);
        parts(builder);
        var (content, type) = builder.Build();
        SetBody(Body.FromBytes(content, type), type);
        var contentTypePath = DocPath.Root.JoinField("Content-Type");
        HeaderRules.Remove(contentTypePath);
        HeaderRules.Add(contentTypePath, [new RegexRule(MultipartContentType)], null);
    }

    public void AddBodyMatcher(string path, Matcher matcher)
    {
        ArgumentNullException.ThrowIfNull(matcher);
        var at = DocPath.Parse(path);
        _bodyMatchers.Add(new(at, matcher));
        BodyRules.Add(at, matcher);
    }

    // A new body brings its own matchers in place of the old body's, but matchers added with WithBodyMatcher stay,
    // whether they were added before or after the body.
    private void ResetBodyRules()
    {
        BodyRules.Clear();
        foreach (var (path, matcher) in _bodyMatchers)
        {
            BodyRules.Add(path, matcher);
        }
    }

    private void SetBody(Body body, ContentType type)
    {
        Body = body;
        _headers.RemoveAll(h => h.Key.Equals("Content-Type", StringComparison.OrdinalIgnoreCase));
        _headers.Add(new("Content-Type", [type.ToString()]));
    }
}
