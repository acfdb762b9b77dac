using ContractTesting.BrokerClient;
using ContractTesting.Verification;

namespace ContractTesting.Sources;

/// <summary>
/// Publishes one pact's verification results to the broker it came from, as the official verifier does: with a branch,
/// the provider version is first put on it (<c>pb:provider</c> → <c>pb:branch-version</c>) and tagged
/// (<c>pb:version-tag</c>); then the results go to the pact's <c>pb:publish-verification-results</c>.
/// </summary>
internal sealed class BrokerResultsPublisher(PactBrokerClient client, HalResource pact, ProviderVersionDefaults defaults) : IVerificationResultsPublisher
{
    public async Task PublishAsync(PactVerificationResult result, PublishOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(options);
        var branch = options.ProviderBranch ?? defaults.Branch;
        var tags = options.ProviderTags.Count > 0 ? options.ProviderTags : defaults.Tags;
        try
        {
            if (branch is not null || tags.Count > 0)
            {
                var provider = await client.FollowAsync(pact, "pb:provider", cancellationToken: cancellationToken).ConfigureAwait(false);
                if (branch is not null)
                {
                    await client.AddVersionToBranchAsync(provider, options.ProviderVersion, branch, cancellationToken).ConfigureAwait(false);
                }

                foreach (var tag in tags)
                {
                    await client.TagVersionAsync(provider, options.ProviderVersion, tag, cancellationToken).ConfigureAwait(false);
                }
            }

            await client.PublishVerificationResultsAsync(pact, VerificationResultsOf(result, options), cancellationToken).ConfigureAwait(false);
        }
        catch (PactBrokerException e)
        {
            throw new PactSourceException(e.Message, e);
        }
    }

    /// <summary>
    /// The results as the reference verifier words them: success only when every interaction passed, pending ones
    /// included. A success lists each interaction's id; a failure lists every interaction with its description,
    /// mismatches and errors.
    /// </summary>
    internal static VerificationResults VerificationResultsOf(PactVerificationResult result, PublishOptions options)
    {
        var success = result.AllPassed;
        IEnumerable<InteractionTestResult> tests = success
            ? result.Interactions.Where(i => i.InteractionId is not null).Select(i => new InteractionTestResult { InteractionId = i.InteractionId!, Success = true })
            : result.Interactions.Select(i => new InteractionTestResult
            {
                InteractionId = i.InteractionId ?? string.Empty,
                Success = i.Status == InteractionStatus.Passed,
                Description = i.Description,
                Mismatches = [.. i.Mismatches.Select(TestResultMismatches.Of)],
                Exceptions = i.Errors,
            });
        return new VerificationResults
        {
            ProviderApplicationVersion = options.ProviderVersion,
            Success = success,
            BuildUrl = options.BuildUrl,
            TestResults = [.. tests],
        };
    }
}
