using ContractTesting.Generation;
using ContractTesting.Models;
using ContractTesting.PactFiles;
using ContractTesting.Rules;
using ContractTesting.Tests.Support;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Tests.PactFiles;

public sealed class PactFileWriteTests
{
    [Theory]
    [InlineData(PactSpecification.V3, "golden/users-v3.json")]
    [InlineData(PactSpecification.V4, "golden/users-v4.json")]
    public void Serialize_ConstructedPact_MatchesGoldenFile(PactSpecification version, string golden)
    {
        var pact = UsersPact();

        var json = PactFile.Serialize(pact, version);

        Golden.Verify(golden, json);
    }

    [Fact]
    public void Serialize_PactWithoutParametersOrGenerators_MatchesV2GoldenFile()
    {
        var pact = UsersPact() with { Interactions = [V2Compatible((HttpInteraction)UsersPact().Interactions[0])] };

        var json = PactFile.Serialize(pact, PactSpecification.V2);

        Golden.Verify("golden/users-v2.json", json);
    }

    [Fact]
    public void Serialize_Output_HasSortedKeysLfLineEndsAndFinalNewline()
    {
        var json = PactFile.Serialize(UsersPact());

        Assert.DoesNotContain('\r', json);
        Assert.EndsWith("}\n", json, StringComparison.Ordinal);
        Assert.True(KeysSorted(JToken.Parse(json)), "Object keys are not in ordinal order.");
    }

    [Fact]
    public void Serialize_InteractionOrder_IsKept()
    {
        var pact = UsersPact() with
        {
            Interactions = [new HttpInteraction { Description = "zebra" }, new HttpInteraction { Description = "aardvark" }],
        };

        var reread = PactFile.Parse(PactFile.Serialize(pact));

        Assert.Equal(["zebra", "aardvark"], reread.Interactions.Select(i => i.Description));
    }

    [Fact]
    public void Serialize_BinaryBodyAsV4_IsBase64EncodedAndReadsBack()
    {
        byte[] bytes = [0x89, 0x50, 0x4E, 0x47, 0x00, 0xFF];
        var pact = UsersPact() with
        {
            Interactions = [new HttpInteraction { Description = "png", Response = new HttpResponse { Body = Body.FromBytes(bytes, ContentType.Parse("image/png")) } }],
        };

        var json = JObject.Parse(PactFile.Serialize(pact));
        var reread = (HttpInteraction)PactFile.Parse(json.ToString()).Interactions[0];

        Assert.Equal("base64", json["interactions"]![0]!["response"]!["body"]!["encoded"]!.Value<string>());
        Assert.Equal(bytes, reread.Response.Body.Content.ToArray());
    }

    [Theory]
    [InlineData(PactSpecification.V2)]
    [InlineData(PactSpecification.V3)]
    [InlineData(PactSpecification.V4)]
    public void Serialize_BodyStates_AreKeptApart(PactSpecification version)
    {
        var pact = UsersPact() with
        {
            Interactions =
            [
                new HttpInteraction { Description = "missing" },
                new HttpInteraction { Description = "null", Response = new HttpResponse { Body = Body.Null } },
                new HttpInteraction { Description = "empty", Response = new HttpResponse { Body = Body.Empty } },
            ],
        };

        var reread = PactFile.Parse(PactFile.Serialize(pact, version)).Interactions.Cast<HttpInteraction>().ToList();

        Assert.Equal(BodyState.Missing, reread[0].Response.Body.State);
        Assert.Equal(BodyState.Null, reread[1].Response.Body.State);
        Assert.Equal(BodyState.Empty, reread[2].Response.Body.State);
    }

    [Fact]
    public void Serialize_JsonBodyThatIsNullAsV4_ReadsBackAsJsonContent()
    {
        var pact = UsersPact() with { Interactions = [new HttpInteraction { Description = "null json", Response = new HttpResponse { Body = Body.FromJson(JValue.CreateNull()) } }] };

        var reread = (HttpInteraction)PactFile.Parse(PactFile.Serialize(pact)).Interactions[0];

        Assert.Equal(BodyState.Present, reread.Response.Body.State);
        Assert.Equal("null", reread.Response.Body.AsText());
    }

    [Fact]
    public void Serialize_JsonBodyThatIsNullAsV3_FailsRatherThanTurningItIntoANullBody()
    {
        var pact = UsersPact() with { Interactions = [new HttpInteraction { Description = "null json", Response = new HttpResponse { Body = Body.FromJson(JValue.CreateNull()) } }] };

        var error = Assert.Throws<InvalidOperationException>(() => PactFile.Serialize(pact, PactSpecification.V3));

        Assert.Contains("literal null", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_SynchronousMessageAsV3_FailsNamingTheInteraction()
    {
        var pact = UsersPact() with { Interactions = [new SynchronousMessage { Description = "a quote" }] };

        var error = Assert.Throws<InvalidOperationException>(() => PactFile.Serialize(pact, PactSpecification.V3));

        Assert.Contains("interaction 'a quote': synchronous messages need V4", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_ProviderStateParametersAsV2_FailsRatherThanDroppingThem()
    {
        var error = Assert.Throws<InvalidOperationException>(() => PactFile.Serialize(UsersPact(), PactSpecification.V2));

        Assert.Contains("provider state parameters, need V3 or V4", error.Message, StringComparison.Ordinal);
        Assert.Contains("generators need V3 or V4", error.Message, StringComparison.Ordinal);
        Assert.Contains("the 'integer' matching rule needs V3 or V4", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_HttpAndMessagesAsV3_FailsBecauseV3CannotMixThem()
    {
        var pact = UsersPact() with { Interactions = [.. UsersPact().Interactions, new AsynchronousMessage { Description = "event" }] };

        var error = Assert.Throws<InvalidOperationException>(() => PactFile.Serialize(pact, PactSpecification.V3));

        Assert.Contains("either HTTP interactions or messages", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_NewFolder_CreatesItAndLeavesNoTemporaryFile()
    {
        var folder = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"));
        var path = Path.Combine(folder, "pacts", "OrderService-UserService.json");

        try
        {
            PactFile.Write(UsersPact(), path);

            Assert.Equal(PactFile.Serialize(UsersPact()), File.ReadAllText(path));
            Assert.Equal([path], Directory.GetFiles(Path.GetDirectoryName(path)!));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Write_ExistingFile_IsReplacedWhole()
    {
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, new string('x', 100_000));

        try
        {
            PactFile.Write(UsersPact(), path);

            Assert.Equal(PactFile.Serialize(UsersPact()), File.ReadAllText(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    internal static Pact UsersPact() => new()
    {
        Consumer = new Pacticipant("OrderService"),
        Provider = new Pacticipant("UserService"),
        Metadata = new Dictionary<string, JToken> { ["contractTesting"] = new JObject { ["writer"] = "tests" } },
        Interactions =
        [
            new HttpInteraction
            {
                Description = "a request for user 1",
                ProviderStates = [new ProviderState("a user with ID 1 exists", new Dictionary<string, JToken> { ["id"] = 1 })],
                Request = new HttpRequest
                {
                    Method = "GET",
                    Path = "/api/users/1",
                    Query = new QueryCollection([new("expand", ["orders"])]),
                    Headers = HeaderCollection.From([new("Accept", "application/json")]),
                },
                Response = new HttpResponse
                {
                    Status = 200,
                    Headers = HeaderCollection.From([new("Content-Type", "application/json")]),
                    Body = Body.FromJson(JObject.Parse("""{"id": 1, "name": "Ada", "email": "ada@example.com", "tags": ["admin"]}""")),
                    MatchingRules = new MatchingRules([new MatchingRuleCategory(MatchingRules.Body,
                    [
                        new(DocPath.Parse("$.id"), new RuleList(new IntegerRule())),
                        new(DocPath.Parse("$.email"), new RuleList(new RegexRule("^[^@]+@[^@]+$"))),
                        new(DocPath.Parse("$.tags"), new RuleList(new TypeRule(Min: 1))),
                    ])]),
                    Generators = Generators.Empty.With(MatchingRules.Body, DocPath.Parse("$.id"), new ProviderStateGenerator("${id}")),
                },
            },
        ],
    };

    private static HttpInteraction V2Compatible(HttpInteraction interaction) => interaction with
    {
        ProviderStates = [new ProviderState("a user with ID 1 exists")],
        Response = interaction.Response with
        {
            Generators = Generators.Empty,
            MatchingRules = interaction.Response.MatchingRules.With(MatchingRules.Body, DocPath.Parse("$.id"), new RuleList(new TypeRule())),
        },
    };

    private static bool KeysSorted(JToken token) => token switch
    {
        JObject obj => obj.Properties().Select(p => p.Name).SequenceEqual(obj.Properties().Select(p => p.Name).Order(StringComparer.Ordinal)) &&
            obj.Properties().All(p => KeysSorted(p.Value)),
        JArray array => array.All(KeysSorted),
        _ => true,
    };
}
