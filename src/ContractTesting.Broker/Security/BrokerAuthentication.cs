using System.Text.Json.Nodes;
using ContractTesting.Broker.Http;

namespace ContractTesting.Broker.Security;

/// <summary>
/// Enforces <see cref="BrokerAuthOptions"/> in front of every resource (the unknown-path 404 included): a request
/// without valid credentials gets 401 with <c>WWW-Authenticate</c> for Basic and Bearer, and read-only credentials
/// that try to change something get 403; both with a JSON <c>errors</c> body, which the Pact CLI prints. Without
/// configured credentials it does nothing.
/// </summary>
internal static class BrokerAuthentication
{
    /// <summary>The realm named in the challenges (the Pact Broker's).</summary>
    public const string Realm = "Restricted area";

    public static void UseBrokerAuthentication(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<BrokerOptions>().Auth;
        if (!options.Enabled)
        {
            return;
        }

        var matcher = new CredentialMatcher(options);
        app.Use(async (context, next) =>
        {
            var required = RequiredAccess.For(context.Request);
            if (required == AccessLevel.Read && options.AllowPublicRead)
            {
                await next(context).ConfigureAwait(false);
                return;
            }

            var authorization = context.Request.Headers.Authorization.ToString();
            var granted = matcher.Match(authorization);
            if (granted == AccessLevel.None)
            {
                await ChallengeAsync(context, authorization.Length == 0).ConfigureAwait(false);
            }
            else if (granted < required)
            {
                await RefuseAsync(context).ConfigureAwait(false);
            }
            else
            {
                await next(context).ConfigureAwait(false);
            }
        });
    }

    private static Task ChallengeAsync(HttpContext context, bool missing)
    {
        context.Response.Headers.WWWAuthenticate = new([$"Basic realm=\"{Realm}\"", $"Bearer realm=\"{Realm}\""]);
        var text = missing
            ? "Authentication required: this broker needs credentials (Basic username and password, or a Bearer token; "
              + "the Pact CLI sends them with -u/-p or -k, or PACT_BROKER_USERNAME/PACT_BROKER_PASSWORD or PACT_BROKER_TOKEN)."
            : "The credentials given are not valid for this broker (wrong username, password or token).";
        return ErrorAsync(context, StatusCodes.Status401Unauthorized, text);
    }

    private static Task RefuseAsync(HttpContext context) => ErrorAsync(
        context,
        StatusCodes.Status403Forbidden,
        $"The credentials given are read-only: {context.Request.Method} {context.Request.Path} changes the broker and needs read-write credentials.");

    private static Task ErrorAsync(HttpContext context, int status, string text) =>
        new JsonResponse(new JsonObject { ["errors"] = new JsonArray(text) }, status, JsonResponse.ErrorContentType).ExecuteAsync(context);
}
