using System.Xml.Linq;
using ContractTesting.Models;
using ContractTesting.Rules;

namespace ContractTesting.Consumer;

/// <summary>
/// The body of a request or response, or the contents of a message, being described: the example, its rules and
/// generators, and the matchers added by path. One implementation for HTTP bodies and message contents.
/// </summary>
internal sealed class ContentState(MatcherExpander expander)
{
    private readonly List<KeyValuePair<DocPath, Matcher>> _matchers = [];

    public MatcherExpander Expander { get; } = expander;

    public Body Body { get; private set; } = Body.Missing;

    public RuleCollector Rules { get; } = new();

    /// <summary>JSON from an object with matchers anywhere inside; returns the content type.</summary>
    public ContentType SetJson(object content, string contentType)
    {
        ArgumentNullException.ThrowIfNull(content);
        ResetRules();
        var type = ContentType.Parse(contentType);
        Body = Body.FromJson(Expander.Expand(content, DocPath.Root, Rules), type);
        return type;
    }

    /// <summary>Text, encoded as UTF-8; returns the content type.</summary>
    public ContentType SetText(string content, string contentType)
    {
        ArgumentNullException.ThrowIfNull(content);
        var type = ContentType.Parse(contentType);
        Body = Body.FromText(content, type);
        return type;
    }

    /// <summary>Bytes as they are; returns the content type.</summary>
    public ContentType SetBinary(byte[] content, string contentType)
    {
        ArgumentNullException.ThrowIfNull(content);
        var type = ContentType.Parse(contentType);
        Body = Body.FromBytes(content, type);
        return type;
    }

    /// <summary>An XML document with a UTF-8 declaration; rules come from <see cref="AddMatcher"/>. Returns the content type.</summary>
    public ContentType SetXml(XElement root, string contentType)
    {
        ArgumentNullException.ThrowIfNull(root);
        var text = new XDocument(new XDeclaration("1.0", "UTF-8", null), root).Declaration + root.ToString(SaveOptions.DisableFormatting);
        return SetText(text, contentType);
    }

    /// <summary>A body built elsewhere (form, multipart) whose rules were collected into <see cref="Rules"/> after <see cref="ResetRules"/>.</summary>
    public void Set(Body body) => Body = body;

    /// <summary>Applies a matcher's rules (and generator) at a path, whatever the content is or becomes.</summary>
    public void AddMatcher(string path, Matcher matcher)
    {
        ArgumentNullException.ThrowIfNull(matcher);
        var at = DocPath.Parse(path);
        _matchers.Add(new(at, matcher));
        Rules.Add(at, matcher);
    }

    // New content brings its own matchers in place of the old content's, but matchers added by path stay, whether
    // they were added before or after the content.
    public void ResetRules()
    {
        Rules.Clear();
        foreach (var (path, matcher) in _matchers)
        {
            Rules.Add(path, matcher);
        }
    }
}
