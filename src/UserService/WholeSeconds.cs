namespace UserService;

/// <summary>
/// Timestamps are kept to the whole second, so they always serialize as <c>2024-05-01T10:15:30Z</c>: one format that
/// a consumer's contract can pin down.
/// </summary>
internal static class WholeSeconds
{
    public static DateTimeOffset UtcNow(TimeProvider time)
    {
        DateTimeOffset now = time.GetUtcNow();
        return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond));
    }
}
