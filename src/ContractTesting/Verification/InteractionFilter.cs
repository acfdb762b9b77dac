using System.Text.RegularExpressions;
using ContractTesting.Models;

namespace ContractTesting.Verification;

/// <summary>
/// Which interactions to verify: by description, provider state and consumer. An empty filter takes every
/// interaction. <see cref="FromEnvironment"/> reads the variables the reference verifier reads.
/// </summary>
public sealed record InteractionFilter
{
    /// <summary>No filtering.</summary>
    public static InteractionFilter None { get; } = new();

    /// <summary>A regular expression an interaction's description must match (anywhere in it), or null.</summary>
    public string? Description { get; init; }

    /// <summary>A regular expression one of an interaction's provider states must match (anywhere in its name), or null.</summary>
    public string? ProviderState { get; init; }

    /// <summary>Only interactions without provider states. Defaults to false.</summary>
    public bool WithoutProviderStates { get; init; }

    /// <summary>Only pacts of these consumers; all consumers when empty (the default).</summary>
    public IReadOnlyCollection<string> Consumers { get; init; } = [];

    /// <summary>Whether the filter leaves anything out.</summary>
    public bool IsEmpty => Description is null && ProviderState is null && !WithoutProviderStates && Consumers.Count == 0;

    /// <summary>
    /// The filter the environment describes: <c>PACT_DESCRIPTION</c>, <c>PACT_PROVIDER_STATE</c> and
    /// <c>PACT_PROVIDER_NO_STATE</c> (<c>true</c>), as the reference verifier reads them.
    /// </summary>
    public static InteractionFilter FromEnvironment() => new()
    {
        Description = NonEmpty(Environment.GetEnvironmentVariable("PACT_DESCRIPTION")),
        ProviderState = NonEmpty(Environment.GetEnvironmentVariable("PACT_PROVIDER_STATE")),
        WithoutProviderStates = string.Equals(Environment.GetEnvironmentVariable("PACT_PROVIDER_NO_STATE"), "true", StringComparison.OrdinalIgnoreCase),
    };

    /// <summary>Checks the regular expressions.</summary>
    /// <exception cref="ArgumentException">A regular expression is invalid.</exception>
    public void Validate()
    {
        Compile(Description, nameof(Description));
        Compile(ProviderState, nameof(ProviderState));
    }

    /// <summary>Whether the filter takes the consumer's pacts.</summary>
    public bool Takes(Pacticipant consumer)
    {
        ArgumentNullException.ThrowIfNull(consumer);
        return Consumers.Count == 0 || Consumers.Contains(consumer.Name);
    }

    /// <summary>Whether the filter takes the interaction.</summary>
    public bool Takes(Interaction interaction)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        return (Description is null || Regex.IsMatch(interaction.Description, Description, RegexOptions.None, TimeSpan.FromSeconds(1))) &&
            (ProviderState is null || interaction.ProviderStates.Any(s => Regex.IsMatch(s.Name, ProviderState, RegexOptions.None, TimeSpan.FromSeconds(1)))) &&
            (!WithoutProviderStates || interaction.ProviderStates.Count == 0);
    }

    private static string? NonEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static void Compile(string? pattern, string name)
    {
        if (pattern is null)
        {
            return;
        }

        try
        {
            _ = new Regex(pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"The interaction filter's {name} '{pattern}' is not a valid regular expression: {e.Message}", name, e);
        }
    }
}
