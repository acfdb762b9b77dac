using System.Text;
using ContractTesting.Mocking;

namespace ContractTesting.Consumer;

/// <summary>
/// A consumer test did not do what its contract says: a request did not match, an unexpected request arrived, or an
/// expected interaction never did. The message lists each problem with its expected and actual values.
/// </summary>
public sealed class ContractVerificationException : Exception
{
    /// <summary>Creates the exception for the problems a mock server found.</summary>
    /// <param name="consumer">The consumer's name.</param>
    /// <param name="provider">The provider's name.</param>
    /// <param name="problems">The problems.</param>
    /// <param name="testFailure">The exception the test itself threw, if any.</param>
    public ContractVerificationException(string consumer, string provider, IReadOnlyList<MockServerProblem> problems, Exception? testFailure = null)
        : base(Describe(consumer, provider, problems, testFailure), testFailure)
    {
        Problems = problems;
    }

    /// <summary>Creates the exception.</summary>
    public ContractVerificationException()
        : this("consumer", "provider", [])
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public ContractVerificationException(string message)
        : base(message)
    {
        Problems = [];
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public ContractVerificationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [];
    }

    /// <summary>The problems, in the order found.</summary>
    public IReadOnlyList<MockServerProblem> Problems { get; }

    private static string Describe(string consumer, string provider, IReadOnlyList<MockServerProblem> problems, Exception? testFailure)
    {
        var text = new StringBuilder()
            .Append("The consumer test of ").Append(consumer).Append(" against ").Append(provider).Append(" broke the contract (")
            .Append(problems.Count).Append(problems.Count == 1 ? " problem" : " problems").Append("); no pact file was written.");
        for (var i = 0; i < problems.Count; i++)
        {
            text.Append("\n  ").Append(i + 1).Append(". ").Append(problems[i].ToString().Replace("\n", "\n     ", StringComparison.Ordinal));
        }

        if (testFailure is not null)
        {
            text.Append("\nThe test also failed: ").Append(testFailure.GetType().Name).Append(": ").Append(testFailure.Message);
        }

        return text.ToString();
    }
}
