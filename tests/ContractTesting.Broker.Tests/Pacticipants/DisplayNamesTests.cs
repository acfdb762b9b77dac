using ContractTesting.Broker.Pacticipants;

namespace ContractTesting.Broker.Tests.Pacticipants;

public sealed class DisplayNamesTests
{
    [Theory]
    [InlineData("OrderService", "Order Service")]
    [InlineData("order-service", "Order Service")]
    [InlineData("user_service api", "User Service Api")]
    [InlineData("HTTPClient", "HTTP Client")]
    [InlineData("x", "X")]
    public void Generate_Name_SplitsIntoCapitalisedWords(string name, string expected)
    {
        var displayName = DisplayNames.Generate(name);

        Assert.Equal(expected, displayName);
    }
}
