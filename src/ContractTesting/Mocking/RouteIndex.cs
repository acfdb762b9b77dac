using ContractTesting.Matching;
using ContractTesting.Models;
using ContractTesting.Rules;

namespace ContractTesting.Mocking;

/// <summary>
/// The interactions a request may match by method and path (those <see cref="PactMatcher.MayMatchRoute"/> admits), in
/// pact order, found without visiting every interaction: one with a literal path is looked up by method and path, and
/// only those whose path has matching rules are tested one by one. With 1,000 interactions for 1,000 paths, a request
/// then costs one dictionary look-up instead of 1,000 route tests.
/// </summary>
internal sealed class RouteIndex
{
    private readonly Dictionary<(string Method, string Path), List<int>> _literal = [];
    private readonly List<int> _patterned = [];

    public RouteIndex(IReadOnlyList<HttpInteraction> interactions)
    {
        Interactions = interactions;
        for (var i = 0; i < interactions.Count; i++)
        {
            var request = interactions[i].Request;
            if (!request.MatchingRules.Category(MatchingRules.Path).IsEmpty)
            {
                _patterned.Add(i);
                continue;
            }

            var key = (request.Method.ToUpperInvariant(), request.Path);
            if (!_literal.TryGetValue(key, out var indices))
            {
                _literal[key] = indices = [];
            }

            indices.Add(i);
        }
    }

    /// <summary>The interactions indexed, in pact order.</summary>
    public IReadOnlyList<HttpInteraction> Interactions { get; }

    /// <summary>The indices of the interactions that may match the request, in ascending order.</summary>
    public IReadOnlyList<int> Candidates(HttpRequest actual)
    {
        IReadOnlyList<int> literal = _literal.GetValueOrDefault((actual.Method.ToUpperInvariant(), actual.Path)) ?? [];
        if (_patterned.Count == 0)
        {
            return literal;
        }

        var patterned = _patterned.Where(i => PactMatcher.MayMatchRoute(Interactions[i].Request, actual));
        return [.. literal.Concat(patterned).Order()];
    }
}
