using System.Net;
using ContractTesting.Tests.Support;

namespace ContractTesting.Tests.Consumer;

public sealed class ResponseBuilderTests
{
    [Fact]
    public async Task WillRespond_NothingDescribed_Writes200WithoutHeadersOrBody()
    {
        HttpStatusCode? served = null;

        var pact = await ConsumerRun.RespondAsync(
            _ => { },
            answer =>
            {
                served = answer.StatusCode;
                return Task.CompletedTask;
            });

        Assert.Equal(HttpStatusCode.OK, served);
        JsonAssert.Equal("""{"status":200}""", pact.At("response"));
    }

    [Theory]
    [InlineData(202)]
    [InlineData(418)]
    [InlineData(503)]
    public async Task WithStatus_Code_IsWrittenAndServed(int status)
    {
        HttpStatusCode? served = null;

        var pact = await ConsumerRun.RespondAsync(
            response => response.WithStatus(status),
            answer =>
            {
                served = answer.StatusCode;
                return Task.CompletedTask;
            });

        Assert.Equal((HttpStatusCode)status, served);
        JsonAssert.Equal(status.ToString(System.Globalization.CultureInfo.InvariantCulture), pact.At("response", "status"));
    }

    [Theory]
    [InlineData(99)]
    [InlineData(600)]
    public void WithStatus_OutOfRange_Throws(int status)
    {
        using var contract = Contract.Between(ConsumerRun.ConsumerName, ConsumerRun.ProviderName);
        var response = contract.UponReceiving("a request").WithRequest(HttpMethod.Get, "/").WillRespond();

        Assert.Throws<ArgumentOutOfRangeException>(() => response.WithStatus(status));
        Assert.Throws<InvalidOperationException>(contract.Dispose);
    }
}
