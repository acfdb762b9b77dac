using ContractTesting.Mocking;

namespace ContractTesting.Cli.Commands;

/// <summary>Writes one line per request a stub server received since the last call: matched, or why not.</summary>
internal sealed class MockRequestLog(MockServer server, CliContext context)
{
    public int Written { get; private set; }

    public int Unmatched { get; private set; }

    public void WriteNew()
    {
        var requests = server.ReceivedRequests;
        if (requests.Count == Written)
        {
            return;
        }

        var problems = server.Problems.Where(p => p.Request is not null).ToList();
        foreach (var request in requests.Skip(Written))
        {
            var problem = problems.FirstOrDefault(p => ReferenceEquals(p.Request, request));
            if (problem is null)
            {
                context.WriteLine($"{request.Method} {request.Path} {context.Style.Green("→ matched")}");
            }
            else
            {
                Unmatched++;
                context.WriteLine($"{request.Method} {request.Path} {context.Style.Red("→ 500")} {problem.ToString().Replace("\n", "\n    ", StringComparison.Ordinal)}");
            }
        }

        Written = requests.Count;
        context.Console.Out.Flush();
    }
}
