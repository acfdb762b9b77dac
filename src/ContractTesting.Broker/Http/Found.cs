namespace ContractTesting.Broker.Http;

/// <summary>Turns a missing resource into a 404 <see cref="BrokerProblem"/>, in the Pact Broker's wording.</summary>
internal static class Found
{
    /// <exception cref="BrokerProblem">404 when <paramref name="value"/> is <see langword="null"/>.</exception>
    public static T OrNotFound<T>(this T? value, string message)
        where T : class => value ?? throw BrokerProblem.NotFound(message);

    public static string NoPacticipant(string name) => $"No pacticipant with name '{name}' found";

    public static string NoVersion(string pacticipant, string number) => $"No version '{number}' of pacticipant '{pacticipant}' found";
}
