using ContractTesting.Models;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Tests.Conformance.Compatibility;

/// <summary>Steps that check the pact file a mock-server scenario wrote (read back with <see cref="ContractTesting.PactFiles.PactFile"/>).</summary>
internal static class PactFileSteps
{
    [Step("the pact file will contain \\{(\\d+)\\} interactions?")]
    public static void InteractionCount(World world, int count) => Assert.Equal(count, Pact(world).Interactions.Count);

    [Step("the \\{(first|second|third)\\} interaction request will be for a \"(.*)\"")]
    public static void Method(World world, string ordinal, string method) => Assert.Equal(method, Interaction(world, ordinal).Request.Method);

    [Step("the \\{(first|second|third)\\} interaction request query parameters will be \"(.*)\"")]
    public static void Query(World world, string ordinal, string query)
    {
        var actual = Interaction(world, ordinal).Request.Query;

        Assert.True(MockServerSteps.SameQuery(QueryCollection.Parse(query), actual), $"Expected the query '{query}' but the pact has '{actual.ToQueryString()}'.");
    }

    [Step("the \\{(first|second|third)\\} interaction request will contain the header \"(.*)\" with value \"(.*)\"")]
    public static void Header(World world, string ordinal, string name, string value) =>
        Assert.Equal(value, Interaction(world, ordinal).Request.Headers.GetJoined(name));

    [Step("the \\{(first|second|third)\\} interaction request content type will be \"(.*)\"")]
    public static void ContentType(World world, string ordinal, string contentType) =>
        Assert.Equal(contentType, Interaction(world, ordinal).Request.ContentType?.ToString());

    [Step("the \\{(first|second|third)\\} interaction request will contain the \"(.*)\" document")]
    public static void RequestDocument(World world, string ordinal, string fixture) =>
        AssertDocument(world, fixture, Interaction(world, ordinal).Request.Body);

    [Step("the \\{(first|second|third)\\} interaction response will contain the \"(.*)\" document")]
    public static void ResponseDocument(World world, string ordinal, string fixture) =>
        AssertDocument(world, fixture, Interaction(world, ordinal).Response.Body);

    /// <summary>The index of an ordinal (<c>first</c> is 0).</summary>
    public static int Index(string ordinal) => ordinal switch
    {
        "first" => 0,
        "second" => 1,
        "third" => 2,
        _ => throw new ArgumentOutOfRangeException(nameof(ordinal), ordinal, "Not an ordinal the suite uses."),
    };

    // A JSON document compares as JSON (the pact file holds it re-serialised); any other document byte for byte.
    private static void AssertDocument(World world, string fixture, Body body)
    {
        var bytes = File.ReadAllBytes(Path.Combine(world.Fixtures, fixture));
        Assert.True(body.IsPresent, $"The pact has no body where '{fixture}' was expected.");
        if (fixture.EndsWith(".json", StringComparison.Ordinal))
        {
            var expected = JToken.Parse(System.Text.Encoding.UTF8.GetString(bytes));
            var actual = JToken.Parse(body.AsText());
            Assert.True(JToken.DeepEquals(expected, actual), $"Expected the document {expected} but the pact has {actual}.");
        }
        else
        {
            Assert.Equal(bytes, body.Content.ToArray());
        }
    }

    private static Pact Pact(World world) => world.WrittenPact ?? throw new InvalidOperationException("No pact file has been read.");

    private static HttpInteraction Interaction(World world, string ordinal) =>
        Assert.IsType<HttpInteraction>(Pact(world).Interactions[Index(ordinal)]);
}
