namespace ContractTesting.Consumer;

/// <summary>What requests and responses have in common: headers and bodies.</summary>
/// <typeparam name="TSelf">The builder type, returned so calls chain.</typeparam>
public interface IHttpPartBuilder<out TSelf>
{
    /// <summary>A header; calling again with the same name adds another value.</summary>
    TSelf WithHeader(string name, string value);

    /// <summary>A header whose value is given by a matcher.</summary>
    TSelf WithHeader(string name, Matcher value);

    /// <summary>
    /// A JSON body from an object (anonymous objects, records, dictionaries, lists), with matchers anywhere inside.
    /// Property names are camelCase unless the contract's JSON settings say otherwise; <c>[JsonProperty]</c> and
    /// <c>[JsonPropertyName]</c> attributes are respected.
    /// </summary>
    TSelf WithJsonBody(object body, string contentType = "application/json");

    /// <summary>A text body (UTF-8), e.g. plain text, CSV or XML written by hand.</summary>
    TSelf WithBody(string body, string contentType);

    /// <summary>A binary body.</summary>
    TSelf WithBinaryBody(byte[] body, string contentType);

    /// <summary>An XML body; add rules with <see cref="WithBodyMatcher"/> (paths like <c>$.user['@id']</c> or <c>$.user.name['#text']</c>).</summary>
    TSelf WithXmlBody(System.Xml.Linq.XElement root, string contentType = "application/xml");

    /// <summary>An <c>application/x-www-form-urlencoded</c> body from an object's properties (matchers allowed; a list gives repeated fields).</summary>
    TSelf WithFormBody(object fields);

    /// <summary>A <c>multipart/form-data</c> body built part by part.</summary>
    TSelf WithMultipartBody(Action<IMultipartBuilder> parts);

    /// <summary>Applies a matcher's rules (and generator) at a path of the body, for bodies written without matchers inside.</summary>
    TSelf WithBodyMatcher(string path, Matcher matcher);
}
