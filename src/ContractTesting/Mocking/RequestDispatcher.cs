using ContractTesting.Generation;
using ContractTesting.Matching;
using ContractTesting.Models;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Mocking;

/// <summary>
/// The heart of a mock server, independent of transport: finds the interaction a request matches, answers with its
/// response (generators applied on the consumer side), and records everything that went wrong. Thread-safe.
/// </summary>
internal sealed class RequestDispatcher(Pact pact, MockServerOptions options, Func<Uri> baseUri)
{
    private readonly Lock _gate = new();
    private readonly RouteIndex _routes = new([.. pact.Interactions.OfType<HttpInteraction>()]);
    private readonly List<int> _received = [.. pact.Interactions.OfType<HttpInteraction>().Select(_ => 0)];
    private readonly List<MockServerProblem> _problems = [];
    private readonly List<HttpRequest> _requests = [];

    public IReadOnlyList<HttpRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>The problems so far, with every interaction that has not arrived yet.</summary>
    public IReadOnlyList<MockServerProblem> Problems
    {
        get
        {
            lock (_gate)
            {
                var missing = _routes.Interactions.Where((_, i) => _received[i] == 0)
                    .Select(i => new MockServerProblem(MockServerProblemKind.ExpectedButNotReceived, i, null, []));
                return [.. _problems, .. missing];
            }
        }
    }

    public HttpResponse Dispatch(HttpRequest actual)
    {
        // Only interactions for this method and path can match; comparing the rest of the others could only add
        // method or path mismatches, which neither choose an interaction nor describe the closest one.
        var results = _routes.Candidates(actual)
            .Select(i => (Index: i, Result: PactMatcher.MatchRequest(_routes.Interactions[i].Request, actual, pact.Specification)))
            .ToList();
        lock (_gate)
        {
            _requests.Add(actual);
            var chosen = Choose(results);
            if (chosen >= 0)
            {
                _received[chosen]++;
                return Respond(_routes.Interactions[chosen], actual);
            }

            if (IsCorsPreflight(actual))
            {
                return WithCors(new HttpResponse { Status = 204 }, actual, preflight: true);
            }

            var problem = Problem(actual, results);
            _problems.Add(problem);
            return MismatchResponse(problem);
        }
    }

    // The first matching interaction that has not been received yet; otherwise the first matching one.
    private int Choose(List<(int Index, MatchResult Result)> results)
    {
        var matching = results.Where(r => r.Result.Matched).Select(r => r.Index).ToList();
        return matching.Count == 0 ? -1 : matching.FirstOrDefault(i => _received[i] == 0, matching[0]);
    }

    // The interaction for this method and path with the fewest mismatches, if there is one.
    private MockServerProblem Problem(HttpRequest actual, List<(int Index, MatchResult Result)> results)
    {
        var closest = results
            .Where(r => !r.Result.Mismatches.Any(m => m.Part is MismatchPart.Method or MismatchPart.Path))
            .OrderBy(r => r.Result.Mismatches.Count)
            .Select(r => r.Index)
            .FirstOrDefault(-1);
        return closest < 0
            ? new MockServerProblem(MockServerProblemKind.UnexpectedRequest, null, actual, [])
            : new MockServerProblem(MockServerProblemKind.RequestMismatch, _routes.Interactions[closest], actual,
                results.First(r => r.Index == closest).Result.Mismatches);
    }

    private HttpResponse Respond(HttpInteraction interaction, HttpRequest actual)
    {
        HttpResponse response;
        try
        {
            response = InteractionGenerator.Generate(interaction.Response, new GeneratorContext { Mode = GeneratorMode.Consumer, MockServerUrl = baseUri() });
        }
        catch (GenerationException e)
        {
            var mismatch = new Mismatch(MismatchPart.Body, "$", null, null, $"The response could not be generated: {e.Message}");
            var problem = new MockServerProblem(MockServerProblemKind.RequestMismatch, interaction, actual, [mismatch]);
            _problems.Add(problem);
            return MismatchResponse(problem);
        }

        if (response.Body.IsPresent && !response.Headers.ContainsKey("Content-Type") && response.ContentType is { } type)
        {
            response = response with { Headers = response.Headers.With("Content-Type", type.ToString()) };
        }

        return WithCors(response, actual, preflight: false);
    }

    private bool IsCorsPreflight(HttpRequest request) =>
        options.HandleCorsPreflight && request.Method.Equals("OPTIONS", StringComparison.OrdinalIgnoreCase) &&
        request.Headers.ContainsKey("Access-Control-Request-Method");

    private HttpResponse WithCors(HttpResponse response, HttpRequest request, bool preflight)
    {
        if (!options.HandleCorsPreflight || request.Headers.GetJoined("Origin") is not { } origin)
        {
            return response;
        }

        var headers = response.Headers.With("Access-Control-Allow-Origin", origin).With("Vary", "Origin");
        if (preflight)
        {
            headers = headers
                .With("Access-Control-Allow-Methods", request.Headers.GetJoined("Access-Control-Request-Method") ?? "GET")
                .With("Access-Control-Allow-Headers", request.Headers.GetJoined("Access-Control-Request-Headers") ?? "*")
                .With("Access-Control-Max-Age", "600");
        }

        return response with { Headers = headers };
    }

    /// <summary>The HTTP 500 answer to a request that matched no interaction, describing why as JSON.</summary>
    private static HttpResponse MismatchResponse(MockServerProblem problem)
    {
        var json = new JObject
        {
            ["error"] = problem.Kind == MockServerProblemKind.UnexpectedRequest
                ? $"Unexpected request {problem.Request!.Method} {problem.Request.Path}: no interaction expects it"
                : $"Request {problem.Request!.Method} {problem.Request.Path} did not match the interaction '{problem.Interaction!.Description}'",
            ["method"] = problem.Request.Method,
            ["path"] = problem.Request.Path,
            ["mismatches"] = new JArray(problem.Mismatches.Select(m => new JObject
            {
                ["type"] = m.Part.ToString().ToLowerInvariant(),
                ["location"] = m.Location,
                ["expected"] = m.Expected,
                ["actual"] = m.Actual,
                ["mismatch"] = m.Message,
            })),
        };
        if (problem.Interaction is { } interaction)
        {
            json["interaction"] = interaction.Description;
        }

        return new HttpResponse
        {
            Status = 500,
            Headers = HeaderCollection.From([new("Content-Type", "application/json; charset=utf-8"), new("X-Pact-Mismatch", problem.Kind.ToString())]),
            Body = Body.FromJson(json),
        };
    }
}
