using ContractTesting.Models;
using Newtonsoft.Json.Linq;

namespace ContractTesting.PactFiles;

internal static partial class PactReader
{
    /// <summary>Reads message contents: <c>contents</c> (plain in V3, a body object in V4), metadata, rules and generators.</summary>
    private static MessageContents ReadMessageContents(JObject json, PactSpecification specification)
    {
        var metadata = (JsonRead.Optional(json, "metadata") ?? JsonRead.Optional(json, "metaData")) is { } m
            ? JsonRead.Object(m).Properties().ToDictionary(p => p.Name, p => p.Value.DeepClone())
            : [];
        var contentType = MessageContents.ContentTypeIn(metadata);
        return new MessageContents
        {
            Contents = ReadBody(json, "contents", contentType, specification),
            Metadata = metadata,
            MatchingRules = Rules(json),
            Generators = Generators(json),
        };
    }
}
