using ContractTesting.Broker.Webhooks.Delivery;

namespace ContractTesting.Broker.Tests.Webhooks.Delivery;

public sealed class RetryPlanTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 1, 10, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan[] Schedule = [TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(60)];

    [Fact]
    public void After_Success_IsFinished()
    {
        var plan = RetryPlan.After(true, 1, 3, Schedule, Now);

        Assert.Equal("success", plan.Status);
        Assert.Null(plan.NextAttemptAt);
        Assert.Equal("Successfully executed webhook", plan.Message);
    }

    [Theory]
    [InlineData(0, 10)]
    [InlineData(1, 60)]
    public void After_FailureWithAttemptsLeft_WaitsTheScheduledTime(int attemptsMade, int seconds)
    {
        var plan = RetryPlan.After(false, attemptsMade, 3, Schedule, Now);

        Assert.Equal("retrying", plan.Status);
        Assert.Equal(Now.AddSeconds(seconds), plan.NextAttemptAt);
        Assert.Equal($"Retrying webhook in {seconds} seconds", plan.Message);
    }

    [Fact]
    public void After_LastFailure_GivesUp()
    {
        var plan = RetryPlan.After(false, 2, 3, Schedule, Now);

        Assert.Equal("failure", plan.Status);
        Assert.Null(plan.NextAttemptAt);
        Assert.Equal("Webhook execution failed after 3 attempts", plan.Message);
    }

    [Fact]
    public void After_MoreAttemptsPlannedThanTheScheduleLists_KeepsTheLastWait()
    {
        var plan = RetryPlan.After(false, 4, 9, Schedule, Now);

        Assert.Equal(Now.AddSeconds(60), plan.NextAttemptAt);
    }
}
