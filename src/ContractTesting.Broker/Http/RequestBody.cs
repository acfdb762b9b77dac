using System.Text.Json.Nodes;

namespace ContractTesting.Broker.Http;

/// <summary>The JSON body of the request being handled, read within <see cref="BrokerOptions.MaxRequestBodyBytes"/> (see <see cref="JsonBody"/>).</summary>
internal sealed class RequestBody(IHttpContextAccessor accessor, BrokerOptions options)
{
    /// <exception cref="BrokerProblem">The body is not a JSON object, or too large.</exception>
    public Task<JsonObject> ReadObjectAsync(bool allowEmpty, CancellationToken cancellationToken) =>
        JsonBody.ReadObjectAsync(
            accessor.HttpContext?.Request ?? throw new InvalidOperationException("RequestBody is used outside a request."),
            options.MaxRequestBodyBytes, allowEmpty, cancellationToken);
}
