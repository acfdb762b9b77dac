namespace ContractTesting.BrokerBench;

/// <summary>A clock the seeder moves forward, so the history's timestamps are spread over months, oldest first.</summary>
internal sealed class SimulatedClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
