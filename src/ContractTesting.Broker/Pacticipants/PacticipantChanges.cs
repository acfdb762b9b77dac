namespace ContractTesting.Broker.Pacticipants;

/// <summary>
/// The properties a request sets on a pacticipant. With <see cref="Replace"/> (PUT) every property not given is
/// cleared; otherwise (PATCH, POST) only the given ones change.
/// </summary>
internal sealed record PacticipantChanges
{
    public bool Replace { get; init; }

    public IReadOnlyDictionary<string, string?> Values { get; init; } = new Dictionary<string, string?>();

    public string? Get(string key, string? current) =>
        Values.TryGetValue(key, out var value) ? value : Replace ? null : current;
}
