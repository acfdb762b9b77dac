using System.Text;
using ContractTesting.Json;
using ContractTesting.Models;
using ContractTesting.PactFiles;
using Microsoft.AspNetCore.Http;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Verification;

/// <summary>
/// Answers the reference verifier's message requests (<c>POST {"description", "providerStates", "request"?}</c>) with
/// the factories of a <see cref="ProviderMessages"/> registry: 200 with the message's contents as the body, its content
/// type as <c>Content-Type</c> and its metadata, base64-encoded JSON, in <c>Pact-Message-Metadata</c>; 400 for a request
/// that is not a message request, 404 for a description without a factory, 500 when the factory fails.
/// </summary>
internal sealed class ProviderMessageEndpoint(ProviderMessages messages)
{
    public const string MetadataHeader = "Pact-Message-Metadata";

    public async Task HandleAsync(HttpContext context)
    {
        Interaction interaction;
        try
        {
            interaction = await ReadAsync(context.Request, context.RequestAborted).ConfigureAwait(false);
        }
        catch (FormatException e)
        {
            await WriteErrorAsync(context, StatusCodes.Status400BadRequest, $"Not a message request: {e.Message}").ConfigureAwait(false);
            return;
        }

        if (!messages.Produces(interaction.Description))
        {
            await WriteErrorAsync(context, StatusCodes.Status404NotFound, messages.Unregistered(interaction.Description)).ConfigureAwait(false);
            return;
        }

        var values = interaction.ProviderStates.SelectMany(s => s.Parameters).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Last().Value);
        var request = (interaction as SynchronousMessage)?.Request;
        IReadOnlyList<MessageContents> produced;
        try
        {
            produced = await messages.ProduceAsync(new MessageContext(interaction, values, request, messages.Serializer), context.RequestAborted).ConfigureAwait(false);
        }
        catch (InvalidOperationException e)
        {
            await WriteErrorAsync(context, StatusCodes.Status500InternalServerError, e.Message).ConfigureAwait(false);
            return;
        }

        // The reference verifier takes one message per request (the first response of a synchronous message).
        var message = produced.Count > 0 ? produced[0] : new MessageContents();
        context.Response.StatusCode = StatusCodes.Status200OK;
        if (message.ContentType is { } type)
        {
            context.Response.ContentType = type.ToString();
        }

        var metadata = new JObject(message.Metadata.Select(m => new JProperty(m.Key, m.Value.DeepClone())));
        context.Response.Headers[MetadataHeader] = Convert.ToBase64String(Encoding.UTF8.GetBytes(PactJson.Compact(metadata)));
        if (message.Contents.IsPresent)
        {
            context.Response.ContentLength = message.Contents.Content.Length;
            await context.Response.Body.WriteAsync(message.Contents.Content, context.RequestAborted).ConfigureAwait(false);
        }
    }

    private static async Task<Interaction> ReadAsync(Microsoft.AspNetCore.Http.HttpRequest request, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var text = await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        JToken json;
        try
        {
            json = PactJson.Parse(text);
        }
        catch (JsonParseException e)
        {
            throw new FormatException($"the body is not valid JSON at {e.Path}: {e.Problem}", e);
        }

        if (json is not JObject body || body["description"] is not { Type: JTokenType.String })
        {
            throw new FormatException("the body must be a JSON object with the message's 'description' (and its 'providerStates', and a synchronous message's 'request').");
        }

        // The request is the interaction as the pact has it, less its type and responses: read it as one.
        var asInteraction = (JObject)body.DeepClone();
        asInteraction["type"] = body.ContainsKey("request") ? SynchronousMessage.TypeName : AsynchronousMessage.TypeName;
        return PactReader.ReadInteraction(asInteraction, PactSpecification.V4);
    }

    private static async Task WriteErrorAsync(HttpContext context, int status, string error)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(PactJson.Compact(new JObject { ["error"] = error }), Encoding.UTF8, context.RequestAborted).ConfigureAwait(false);
    }
}
