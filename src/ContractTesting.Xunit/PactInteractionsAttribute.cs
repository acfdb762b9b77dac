using System.Reflection;
using Xunit;
using Xunit.Sdk;
using Xunit.v3;

namespace ContractTesting.Xunit;

/// <summary>
/// Feeds a theory one <see cref="PactInteraction"/> per interaction of the provider's pacts, so that each interaction
/// is a test case of its own and a failure points at one interaction. Any kind of interaction is listed (HTTP,
/// asynchronous or synchronous message); verifying one the verifier cannot replay fails that case, clearly.
/// <code>
/// [Theory]
/// [PactInteractions("UserService", "pacts/OrderService-UserService.json")]
/// public async Task UserService_HonoursThePact(PactInteraction interaction)
/// {
///     using var host = new UserServiceFactory();
///     await ProviderVerifier.For("UserService", host.Server.CreateHandler(), options: new() { Output = XunitVerificationOutput.Instance })
///         .WithStates(states)
///         .VerifyInteractionAsync(interaction, TestContext.Current.CancellationToken);
/// }
/// </code>
/// </summary>
/// <param name="provider">The provider whose pacts are listed.</param>
/// <param name="paths">
/// Pact files and folders of pact files (<c>*.json</c>; those for other providers are left out). A relative path is
/// taken from the repository root: the nearest folder above the test's output that holds a solution or a git
/// repository, where consumer tests write <c>pacts/</c>.
/// </param>
/// <remarks>
/// Each case is named <c>Class.Method(interaction: Consumer → Provider: description (given state))</c> and has the
/// traits <c>Consumer</c> and <c>Provider</c>, so <c>dotnet test --filter Consumer=OrderService</c> runs one
/// consumer's interactions. <c>dotnet test</c> and test explorers list every interaction before running; xunit's own
/// console runner does so only with <c>-preEnumerateTheories</c>, but runs and reports each interaction as a test of
/// its own either way. A missing or invalid pact fails the theory with the reason; a pact with no interactions gives
/// no rows, which xunit reports as a failure.
/// </remarks>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class PactInteractionsAttribute(string provider, params string[] paths) : DataAttribute
{
    /// <summary>The provider whose pacts are listed.</summary>
    public string Provider { get; } = provider;

    /// <summary>The pact files and folders, as given.</summary>
    public IReadOnlyList<string> Paths { get; } = paths;

    /// <summary>Only the pacts of these consumers; every consumer when empty (the default).</summary>
    public string[] Consumers { get; set; } = [];

    /// <inheritdoc />
    public override async ValueTask<IReadOnlyCollection<ITheoryDataRow>> GetData(MethodInfo testMethod, DisposalTracker disposalTracker)
    {
        var interactions = await PactInteractions.LoadAsync(Provider, Paths, Consumers, TestContext.Current.CancellationToken).ConfigureAwait(false);
        return [.. interactions.Select(i => new TheoryDataRow<PactInteraction>(i)
            .WithTrait("Consumer", i.Consumer)
            .WithTrait("Provider", i.Provider))];
    }

    /// <summary>Rows are serialisable, so every interaction is a test case of its own at discovery.</summary>
    public override bool SupportsDiscoveryEnumeration() => true;
}
