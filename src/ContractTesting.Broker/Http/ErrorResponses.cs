using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Diagnostics;

namespace ContractTesting.Broker.Http;

/// <summary>
/// The answers outside the endpoints: an unknown path is a JSON 404, and an unexpected failure a JSON 500 that names
/// a reference to find in the log (the details stay in the log).
/// </summary>
internal static partial class ErrorResponses
{
    public static void UseBrokerErrors(this WebApplication app)
    {
        app.UseExceptionHandler(errors => errors.Run(async context =>
        {
            var failure = context.Features.Get<IExceptionHandlerFeature>()?.Error;
            var reference = context.TraceIdentifier;
            var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("ContractTesting.Broker");
            LogFailure(logger, context.Request.Method, context.Request.Path, reference, failure);
            var body = new JsonObject
            {
                ["errors"] = new JsonArray($"An unexpected error occurred in the broker; the details are logged with the reference {reference}."),
            };
            await new JsonResponse(body, StatusCodes.Status500InternalServerError, JsonResponse.ErrorContentType).ExecuteAsync(context).ConfigureAwait(false);
        }));
    }

    public static void MapNotFoundFallback(this IEndpointRouteBuilder app) =>
        app.MapFallback((HttpContext context) => BrokerProblem.NotFound(
            $"There is no broker resource at {context.Request.Method} {context.Request.Path}{context.Request.QueryString}.").ToResult());

    [LoggerMessage(Level = LogLevel.Error, Message = "{Method} {Path} failed (reference {Reference})")]
    private static partial void LogFailure(ILogger logger, string method, string path, string reference, Exception? exception);
}
