using System.Text.Json.Nodes;

namespace ContractTesting.Broker.Http;

/// <summary>HAL link objects, <c>{"href", "title"?, "name"?, "templated"?}</c>, built one way everywhere.</summary>
internal static class Hal
{
    /// <summary>A link. <paramref name="templated"/> is written when given; the verifier expands only links marked <c>true</c>.</summary>
    public static JsonObject Link(string href, string? title = null, string? name = null, bool? templated = null)
    {
        var link = new JsonObject { ["href"] = href };
        if (title is not null)
        {
            link["title"] = title;
        }

        if (name is not null)
        {
            link["name"] = name;
        }

        if (templated is not null)
        {
            link["templated"] = templated.Value;
        }

        return link;
    }

    /// <summary>A templated link (<c>templated: true</c>).</summary>
    public static JsonObject Template(string href, string? title = null) => Link(href, title, templated: true);

    /// <summary>An array of links.</summary>
    public static JsonArray Links(IEnumerable<JsonObject> links) => new([.. links]);

    /// <summary>The <c>curies</c> entry naming the <c>pb</c> documentation for a resource context.</summary>
    public static JsonArray Curies(BrokerUrls urls, string context) =>
        [new JsonObject { ["name"] = "pb", ["href"] = $"{urls.Base}/doc/{{rel}}?context={context}", ["templated"] = true }];
}
