using System.Net;
using System.Text;

namespace ContractTesting.Xunit.Probe;

/// <summary>
/// Api, in memory, as pacts/Web-Api.json sees it: <c>/a</c> answers as the pact expects, <c>/b</c> answers with a
/// string id and no name (a body mismatch), and <c>/c</c> is missing (404, a pending interaction's failure).
/// </summary>
public sealed class ProbeProvider : HttpMessageHandler
{
    /// <summary>The provider's name in the pact.</summary>
    public const string Name = "Api";

    /// <summary>The probe's pact, relative to the repository root.</summary>
    public const string PactFile = "tests/ContractTesting.Xunit.Probe/pacts/Web-Api.json";

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        Task.FromResult(request.RequestUri!.AbsolutePath switch
        {
            "/a" => Json("""{"id":1}"""),
            "/b" => Json("""{"id":"2"}"""),
            _ => new HttpResponseMessage(HttpStatusCode.NotFound),
        });

    private static HttpResponseMessage Json(string json) =>
        new(HttpStatusCode.OK) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
}
