namespace ContractTesting.BrokerClient;

/// <summary>Release gates: can-i-deploy.</summary>
public sealed partial class PactBrokerClient
{
    /// <summary>
    /// Asks whether versions may be deployed (<c>GET /matrix?…</c>, the query of <see cref="CanIDeployQuery.ToQueryString"/>).
    /// While the answer is unknown it asks again, up to <see cref="CanIDeployQuery.RetryWhileUnknown"/> more times,
    /// <see cref="CanIDeployQuery.RetryInterval"/> apart (waiting on the options' clock); the last answer is returned.
    /// </summary>
    /// <exception cref="ArgumentException">The question is invalid.</exception>
    /// <exception cref="PactBrokerException">The broker refused the question (an unknown pacticipant or environment is a 400 with its reason) or could not be reached.</exception>
    public async Task<CanIDeployAnswer> CanIDeployAsync(CanIDeployQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Validate();
        var url = MatrixUrl(query);
        for (var attempt = 1; ; attempt++)
        {
            var answer = CanIDeployAnswer.Read((await GetAsync(url, cancellationToken).ConfigureAwait(false)).Json, attempt);
            if (answer.Deployable is not null || attempt > query.RetryWhileUnknown)
            {
                return answer;
            }

            await Task.Delay(query.RetryInterval, Options.TimeProvider, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The matrix URL a question is sent to: <c>matrix?</c> below the base URL, as the official CLI builds it.</summary>
    public Uri MatrixUrl(CanIDeployQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return new Uri(IndexUrl, "matrix?" + query.ToQueryString());
    }
}
