using System.Text;
using ContractTesting.Json;
using Microsoft.AspNetCore.Http;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Verification;

/// <summary>
/// Answers state-change requests (<c>POST {"state", "params", "action"}</c>, or the query style) with the handlers of
/// a <see cref="ProviderStates"/> registry: 200 with the setup's values as a JSON object, 400 for a request that is
/// not a state change or a state without a handler, 500 when a handler fails. The empty state <c>""</c> that the
/// reference verifier sends for interactions without states is answered 200 and handled by nobody.
/// </summary>
internal sealed class ProviderStateEndpoint(ProviderStates states)
{
    public async Task HandleAsync(HttpContext context)
    {
        ProviderStateChange change;
        try
        {
            change = await ProviderStateRequestReader.ReadAsync(context.Request, context.RequestAborted).ConfigureAwait(false);
        }
        catch (FormatException e)
        {
            await WriteAsync(context, StatusCodes.Status400BadRequest, new JObject { ["error"] = e.Message }).ConfigureAwait(false);
            return;
        }

        if (change.State.Name.Length == 0 && !states.HandlesDirectly(string.Empty))
        {
            await WriteAsync(context, StatusCodes.Status200OK, []).ConfigureAwait(false);
            return;
        }

        if (!states.Handles(change.State.Name))
        {
            await WriteAsync(context, StatusCodes.Status400BadRequest, new JObject { ["error"] = states.Unhandled(change.State.Name) }).ConfigureAwait(false);
            return;
        }

        try
        {
            var values = await states.HandleAsync(change, context.RequestAborted).ConfigureAwait(false);
            await WriteAsync(context, StatusCodes.Status200OK, new JObject((values ?? new Dictionary<string, JToken>()).Select(v => new JProperty(v.Key, v.Value)))).ConfigureAwait(false);
        }
        catch (Exception e) when (!context.RequestAborted.IsCancellationRequested)
        {
            await WriteAsync(context, StatusCodes.Status500InternalServerError, new JObject
            {
                ["error"] = $"Provider state '{change.State.Name}' ({(change.Action == ProviderStateAction.Setup ? "setup" : "teardown")}) failed: {e.Message}",
            }).ConfigureAwait(false);
        }
    }

    private static async Task WriteAsync(HttpContext context, int status, JObject body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(PactJson.Compact(body), Encoding.UTF8, context.RequestAborted).ConfigureAwait(false);
    }
}
