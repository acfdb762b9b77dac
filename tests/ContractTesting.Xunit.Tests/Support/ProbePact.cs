using ContractTesting.Xunit.Probe;
using Xunit.Sdk;

namespace ContractTesting.Xunit.Tests.Support;

/// <summary>The probe's pact (tests/ContractTesting.Xunit.Probe/pacts/Web-Api.json) and its rows as the attribute gives them.</summary>
internal static class ProbePact
{
    public static readonly string[] Names =
    [
        "Web → Api: a request for a",
        "Web → Api: a request for a, described at length so that its name is far longer than the fifty characters xunit shows of a string",
        "Web → Api: a request for b (given b exists)",
        "Web → Api: a request for c",
        "Web → Api: an event",
    ];

    public static async Task<List<PactInteraction>> RowsAsync()
    {
        var attribute = new PactInteractionsAttribute(ProbeProvider.Name, ProbeProvider.PactFile);
        var rows = await attribute.GetData(typeof(ProbePact).GetMethod(nameof(RowsAsync))!, new DisposalTracker());
        return [.. rows.Select(r => (PactInteraction)r.GetData().Single()!)];
    }
}
