using ContractTesting.BrokerClient;
using ContractTesting.Models;

namespace ContractTesting.Sources;

/// <summary>The pact sources a verifier can read.</summary>
public static class PactSource
{
    /// <summary>One or more pact files; each must be a pact for the provider being verified.</summary>
    /// <exception cref="ArgumentException">No path is given.</exception>
    public static IPactSource File(params IReadOnlyList<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return paths.Count == 0 ? throw new ArgumentException("Give at least one pact file.", nameof(paths)) : new FilePactSource(paths);
    }

    /// <summary>The pact files (<c>*.json</c>) in a folder that are for the provider.</summary>
    /// <param name="folder">The folder, e.g. <c>pacts</c>.</param>
    /// <param name="consumers">Only the pacts of these consumers; all consumers when none are given.</param>
    public static IPactSource Folder(string folder, params IReadOnlyCollection<string> consumers)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        ArgumentNullException.ThrowIfNull(consumers);
        return new FolderPactSource(folder, consumers);
    }

    /// <summary>Pacts already in memory (for example built or changed by a test).</summary>
    /// <param name="pacts">The pacts; those for other providers are left out.</param>
    public static IPactSource FromPacts(params IReadOnlyList<Pact> pacts)
    {
        ArgumentNullException.ThrowIfNull(pacts);
        return new InMemoryPactSource(pacts, "memory");
    }

    /// <summary>
    /// A pact fetched from a URL, for example the pact URL a broker webhook passes to a provider build. When the
    /// document links to <c>pb:publish-verification-results</c> (as a broker's pacts do), results can be published.
    /// </summary>
    /// <param name="url">The pact's absolute http(s) URL.</param>
    /// <param name="authentication">How to authenticate (sent only to the URL's own host), or null for none.</param>
    /// <exception cref="ArgumentException">The URL is not an absolute http(s) URL.</exception>
    public static IPactSource Url(Uri url, BrokerAuthentication? authentication = null)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri || url.Scheme is not ("http" or "https"))
        {
            throw new ArgumentException($"A pact URL must be an absolute http or https URL, not '{url}'.", nameof(url));
        }

        return new UrlPactSource(new PactBrokerClient(new PactBrokerOptions { BaseUrl = url, Authentication = authentication }), url);
    }

    /// <summary>
    /// The pacts a Pact Broker selects for the provider (<c>pb:provider-pacts-for-verification</c>), with their
    /// pending and work-in-progress status; results can be published to the same broker.
    /// <code>
    /// PactSource.Broker(PactBrokerOptions.FromEnvironment(), new PactsForVerificationRequest
    /// {
    ///     ConsumerVersionSelectors = [ConsumerVersionSelector.ForMainBranch(), ConsumerVersionSelector.ForDeployedOrReleased()],
    ///     ProviderVersionBranch = "main",
    ///     IncludePendingStatus = true,
    /// });
    /// </code>
    /// </summary>
    /// <param name="broker">The broker.</param>
    /// <param name="request">Which pacts to ask for. Defaults to the broker's own choice, without pending status.</param>
    /// <exception cref="ArgumentException">The options or the request are invalid.</exception>
    public static IPactSource Broker(PactBrokerOptions broker, PactsForVerificationRequest? request = null)
    {
        ArgumentNullException.ThrowIfNull(broker);
        return Broker(new PactBrokerClient(broker), request);
    }

    /// <summary>The pacts a Pact Broker selects for the provider, through a client of your own (see <see cref="Broker(PactBrokerOptions, PactsForVerificationRequest?)"/>).</summary>
    /// <exception cref="ArgumentException">The request is invalid.</exception>
    public static IPactSource Broker(PactBrokerClient client, PactsForVerificationRequest? request = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        request ??= new PactsForVerificationRequest();
        request.Validate();
        return new BrokerPactSource(client, request);
    }
}
