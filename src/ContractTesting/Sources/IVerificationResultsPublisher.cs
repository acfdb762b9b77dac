using ContractTesting.Verification;

namespace ContractTesting.Sources;

/// <summary>Publishes the verification results of one pact to where the pact came from (a Pact Broker).</summary>
public interface IVerificationResultsPublisher
{
    /// <summary>Publishes the results: success, the provider version (with branch and tags) and each interaction's outcome.</summary>
    /// <param name="result">The pact's results.</param>
    /// <param name="options">The provider version and how to describe it.</param>
    /// <param name="cancellationToken">Cancels publishing.</param>
    /// <exception cref="PactSourceException">The broker refused the results or could not be reached.</exception>
    Task PublishAsync(PactVerificationResult result, PublishOptions options, CancellationToken cancellationToken);
}
