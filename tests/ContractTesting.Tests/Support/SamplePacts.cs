using System.Text;
using ContractTesting.Models;

namespace ContractTesting.Tests.Support;

/// <summary>Small pacts and interactions built from the model, for the mock server and pact-file merging.</summary>
internal static class SamplePacts
{
    /// <summary>A pact between the consumer and provider of <see cref="ConsumerRun"/> with the interactions.</summary>
    public static Pact Of(params Interaction[] interactions) =>
        new() { Consumer = new(ConsumerRun.ConsumerName), Provider = new(ConsumerRun.ProviderName), Interactions = interactions };

    /// <summary>An interaction for <c>GET path</c>, answered with the response (by default 200 and a small JSON body).</summary>
    public static HttpInteraction Get(string description, string path, HttpResponse? response = null) => new()
    {
        Description = description,
        Request = new HttpRequest { Method = "GET", Path = path },
        Response = response ?? Json(200, $$"""{"description":"{{description}}"}"""),
    };

    /// <summary>A response with a JSON body and its Content-Type header.</summary>
    public static HttpResponse Json(int status, string json) => new()
    {
        Status = status,
        Headers = Http.Headers(("Content-Type", "application/json")),
        Body = Body.FromBytes(Encoding.UTF8.GetBytes(json), ContentType.Json),
    };
}
