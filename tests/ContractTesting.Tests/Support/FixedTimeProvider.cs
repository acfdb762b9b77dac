namespace ContractTesting.Tests.Support;

/// <summary>A clock stopped at one instant, whose local time zone is UTC unless another zone is given.</summary>
internal sealed class FixedTimeProvider(DateTimeOffset now, TimeZoneInfo? localTimeZone = null) : TimeProvider
{
    public override TimeZoneInfo LocalTimeZone { get; } = localTimeZone ?? TimeZoneInfo.Utc;

    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();

    /// <summary>A fixed-offset zone with no daylight saving, e.g. <c>Offset(10)</c> for UTC+10.</summary>
    public static TimeZoneInfo Offset(int hours) =>
        TimeZoneInfo.CreateCustomTimeZone($"Test{hours:+00;-00}", TimeSpan.FromHours(hours), $"UTC{hours:+00;-00}", $"UTC{hours:+00;-00}");
}
