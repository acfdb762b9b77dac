using System.Xml.Linq;

namespace ContractTesting.Bodies;

/// <summary>
/// How XML elements and attributes are named in paths (for matching rules and generators alike): the local name, or
/// <c>namespaceUri:localName</c> for a name in a namespace, so prefixes do not matter.
/// </summary>
internal static class XmlNames
{
    public static string PathName(XName name) => name.NamespaceName.Length == 0 ? name.LocalName : $"{name.NamespaceName}:{name.LocalName}";
}
