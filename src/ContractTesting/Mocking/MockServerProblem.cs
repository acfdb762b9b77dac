using System.Text;
using ContractTesting.Matching;
using ContractTesting.Models;

namespace ContractTesting.Mocking;

/// <summary>One problem found by a mock server: an interaction that never arrived, or a request that did not match.</summary>
/// <param name="Kind">What went wrong.</param>
/// <param name="Interaction">The interaction concerned (the closest one, for a mismatch), or <see langword="null"/> for an unexpected request.</param>
/// <param name="Request">The request received, or <see langword="null"/> for an interaction that never arrived.</param>
/// <param name="Mismatches">For a mismatch, how the request differs from the interaction's.</param>
public sealed record MockServerProblem(MockServerProblemKind Kind, HttpInteraction? Interaction, HttpRequest? Request, IReadOnlyList<Mismatch> Mismatches)
{
    /// <summary>A readable description with every mismatch, its expected and its actual value.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        switch (Kind)
        {
            case MockServerProblemKind.ExpectedButNotReceived:
                text.Append("Expected but not received: '").Append(Interaction!.Description).Append("' (")
                    .Append(Interaction.Request.Method).Append(' ').Append(Interaction.Request.Path).Append(')');
                break;
            case MockServerProblemKind.UnexpectedRequest:
                text.Append("Unexpected request: ").Append(Request!.Method).Append(' ').Append(Request.Path)
                    .Append(" (no interaction expects this method and path)");
                break;
            default:
                text.Append("Request ").Append(Request!.Method).Append(' ').Append(Request.Path)
                    .Append(" did not match the interaction '").Append(Interaction!.Description).Append("':");
                foreach (var mismatch in Mismatches)
                {
                    text.Append("\n    - ").Append(mismatch);
                    if (mismatch.Expected is not null || mismatch.Actual is not null)
                    {
                        text.Append("\n        expected: ").Append(mismatch.Expected ?? "(nothing)")
                            .Append("\n        actual:   ").Append(mismatch.Actual ?? "(nothing)");
                    }
                }

                break;
        }

        return text.ToString();
    }
}
