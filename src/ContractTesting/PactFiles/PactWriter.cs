using ContractTesting.Models;
using Newtonsoft.Json.Linq;

namespace ContractTesting.PactFiles;

/// <summary>
/// Writes the <see cref="Pact"/> model as pact JSON of a chosen specification version. Output is deterministic: keys
/// are sorted and interactions keep their order. Anything the version cannot hold is an error, never silently dropped.
/// </summary>
internal static partial class PactWriter
{
    /// <summary>The pact as a JSON object in the given version.</summary>
    /// <exception cref="InvalidOperationException">The pact holds something the version cannot express.</exception>
    public static JObject ToJson(Pact pact, PactSpecification version)
    {
        PactVersionCheck.EnsureRepresentable(pact, version);
        var json = new JObject
        {
            ["consumer"] = new JObject { ["name"] = pact.Consumer.Name },
            ["provider"] = new JObject { ["name"] = pact.Provider.Name },
        };

        var isMessagePact = version == PactSpecification.V3 && pact.Interactions.Count > 0 && pact.Interactions.All(i => i is AsynchronousMessage);
        var interactions = new JArray(pact.Interactions.Select(i => WriteInteraction(i, version)));
        json[isMessagePact ? "messages" : "interactions"] = interactions;

        var metadata = new JObject(pact.Metadata.Select(m => new JProperty(m.Key, m.Value.DeepClone())))
        {
            ["pactSpecification"] = new JObject { ["version"] = version.ToVersionString() },
        };
        json["metadata"] = metadata;
        return json;
    }

    private static JObject WriteInteraction(Interaction interaction, PactSpecification version)
    {
        var json = new JObject(interaction.Extensions.Select(e => new JProperty(e.Key, e.Value.DeepClone())))
        {
            ["description"] = interaction.Description,
        };
        WriteProviderStates(json, interaction.ProviderStates, version);
        if (version == PactSpecification.V4)
        {
            json["type"] = interaction.Type;
            json["pending"] = interaction.Pending;
            if (interaction.Key is not null)
            {
                json["key"] = interaction.Key;
            }

            if (interaction.Comments.Count > 0)
            {
                json["comments"] = new JObject(interaction.Comments.Select(c => new JProperty(c.Key, c.Value.DeepClone())));
            }
        }

        try
        {
            WriteParts(json, interaction, version);
        }
        catch (InvalidOperationException e)
        {
            throw new InvalidOperationException($"The interaction '{interaction.Description}' cannot be written as specification {version.ToVersionString()}: {e.Message}.", e);
        }

        return json;
    }

    private static void WriteParts(JObject json, Interaction interaction, PactSpecification version)
    {
        switch (interaction)
        {
            case HttpInteraction http:
                json["request"] = WriteRequest(http.Request, version);
                json["response"] = WriteResponse(http.Response, version);
                break;
            case AsynchronousMessage message:
                WriteMessageContents(json, message.Contents, version);
                break;
            case SynchronousMessage sync:
                var request = new JObject();
                WriteMessageContents(request, sync.Request, version);
                json["request"] = request;
                json["response"] = new JArray(sync.Responses.Select(r =>
                {
                    var response = new JObject();
                    WriteMessageContents(response, r, version);
                    return response;
                }));
                break;
        }

    }

    private static void WriteProviderStates(JObject json, IReadOnlyList<ProviderState> states, PactSpecification version)
    {
        if (states.Count == 0)
        {
            return;
        }

        if (version < PactSpecification.V3)
        {
            json["providerState"] = states[0].Name;
            return;
        }

        json["providerStates"] = new JArray(states.Select(s =>
        {
            var state = new JObject { ["name"] = s.Name };
            if (s.Parameters.Count > 0)
            {
                state["params"] = new JObject(s.Parameters.Select(p => new JProperty(p.Key, p.Value.DeepClone())));
            }

            return state;
        }));
    }
}
