using ContractTesting.Matching;
using ContractTesting.Models;
using ContractTesting.Sources;
using ContractTesting.Verification;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Tests.Support;

/// <summary>Verification results built by hand, with fixed durations, so that reports of them are byte-stable.</summary>
internal static class SampleResults
{
    /// <summary>
    /// UserService against two pacts: OrderService's (a pass, a body mismatch, a status mismatch, a state error and
    /// a pending failure) and BillingService's (pending, one pass), with a run warning.
    /// </summary>
    public static VerificationResult Mixed()
    {
        var orders = Pact("OrderService", PactSpecification.V4,
            Passed(Interaction("a request for user 1", State("a user with ID 1 exists", ("id", 1))), 12.6),
            Failed(Interaction("a request for user 2", State("a user with ID 2 exists", ("id", 2))), 20.25,
                new Mismatch(MismatchPart.Body, "$", """{"createdAt":"2024-05-01T10:15:30Z","email":"ada@example.com","id":2,"name":"Ada"}""",
                    """{"created_at":"2024-05-01T10:15:30Z","email":"ada@example.com","id":2,"name":"Ada"}""",
                    "Actual map is missing the following keys: createdAt")),
            Failed(Interaction("a request to notify user 1"), 3, new Mismatch(MismatchPart.Status, string.Empty, "201", "200", "Expected status 201 but received 200")),
            Errored(Interaction("a request while the database is down", State("the user database is unavailable")), 1,
                "Provider state 'the user database is unavailable' could not be set up: disk full"),
            Failed(Interaction("a request for the user's avatar") with { Pending = true }, 2,
                new Mismatch(MismatchPart.Header, "Content-Type", "image/png", "image/jpeg", "Expected header 'Content-Type' to have value 'image/png' but was 'image/jpeg'"))
                with { Pending = true });
        var billing = Pact("BillingService", PactSpecification.V3,
            Passed(Interaction("a request for invoices") with { Key = "k-42", Extensions = new Dictionary<string, JToken> { ["_id"] = "b1" } }, 4) with
            {
                Warnings = ["Provider state 'an invoice exists' has no handler."],
            });
        return new VerificationResult
        {
            Provider = "UserService",
            Pacts =
            [
                orders with { FilteredOut = 1 },
                billing with { Source = billing.Source with { Pending = true, Notices = ["The pact is pending: it has never been verified."] } },
            ],
            Warnings = ["Verification results were not published: an interaction filter was set."],
        };
    }

    /// <summary>One pact, one failed interaction whose description, states and mismatch hold the given text.</summary>
    public static VerificationResult WithText(string text) => new()
    {
        Provider = "UserService",
        Pacts =
        [
            Pact("OrderService", PactSpecification.V4,
                Failed(Interaction(text, State(text, ("x", 1))), 1, new Mismatch(MismatchPart.Body, "$." + text, text, text + "!", text)),
                Errored(Interaction(text + " 2"), 1, text)),
        ],
        Errors = [text],
    };

    public static HttpInteraction Interaction(string description, params ProviderState[] states) => new()
    {
        Description = description,
        ProviderStates = states,
        Request = new HttpRequest { Method = "GET", Path = "/" },
    };

    public static ProviderState State(string name, params (string Name, int Value)[] parameters) =>
        new(name, parameters.ToDictionary(p => p.Name, p => (JToken)p.Value));

    private static PactVerificationResult Pact(string consumer, PactSpecification specification, params InteractionResult[] results)
    {
        var pact = new Pact
        {
            Consumer = new(consumer),
            Provider = new("UserService"),
            Specification = specification,
            Interactions = [.. results.Select(r => r.Interaction)],
        };
        return new PactVerificationResult
        {
            Source = new LoadedPact { Pact = pact, Origin = $"pacts/{consumer}-UserService.json" },
            Interactions = results,
        };
    }

    private static InteractionResult Passed(Interaction interaction, double milliseconds) => new()
    {
        Interaction = interaction,
        Status = InteractionStatus.Passed,
        Duration = TimeSpan.FromMilliseconds(milliseconds),
    };

    private static InteractionResult Failed(Interaction interaction, double milliseconds, params Mismatch[] mismatches) => new()
    {
        Interaction = interaction,
        Status = InteractionStatus.Failed,
        Pending = interaction.Pending,
        Mismatches = mismatches,
        Duration = TimeSpan.FromMilliseconds(milliseconds),
    };

    private static InteractionResult Errored(Interaction interaction, double milliseconds, string error) => new()
    {
        Interaction = interaction,
        Status = InteractionStatus.Failed,
        Errors = [error],
        Duration = TimeSpan.FromMilliseconds(milliseconds),
    };
}
