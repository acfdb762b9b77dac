namespace ContractTesting.Broker.Tests.Support;

/// <summary>Waits for a condition that background work makes true, checking it again and again until a deadline.</summary>
public static class Eventually
{
    /// <summary>How long a test waits for background work before it fails.</summary>
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    /// <summary>Reads until <paramref name="done"/> holds and returns that value; fails with the last value seen after the deadline.</summary>
    public static async Task<T> ReadAsync<T>(Func<Task<T>> read, Func<T, bool> done, string what)
    {
        var ct = TestContext.Current.CancellationToken;
        var until = DateTime.UtcNow + Deadline;
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }

            if (DateTime.UtcNow > until)
            {
                throw new TimeoutException($"Waited {Deadline.TotalSeconds} s for {what}; last seen: {value}");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50), ct);
        }
    }
}
