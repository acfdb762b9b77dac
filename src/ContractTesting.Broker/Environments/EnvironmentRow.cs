namespace ContractTesting.Broker.Environments;

/// <summary>A row of <c>environments</c>.</summary>
internal sealed class EnvironmentRow
{
    public long Id { get; init; }

    public string Uuid { get; init; } = "";

    public string Name { get; init; } = "";

    public string? DisplayName { get; init; }

    public bool Production { get; init; }

    /// <summary>The contacts as JSON text, or <see langword="null"/>.</summary>
    public string? Contacts { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }
}
