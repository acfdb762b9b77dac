using System.Net;
using ContractTesting;
using ContractTesting.Consumer;
using ContractTesting.Rules;
using OrderService.Clients;

namespace Consumer.Pact;

/// <summary>OrderService's <see cref="UserServiceClient"/> against a mock UserService.</summary>
public sealed class UserServiceClientPactTests : IDisposable
{
    private readonly IContractBuilder _pact = Contract.Between(UserServicePact.Consumer, UserServicePact.Provider, UserServicePact.Options);

    [Fact]
    public async Task GetUserAsync_ExistingUser_ReturnsTheUser()
    {
        _pact.UponReceiving("a request for user 1")
            .Given("a user with ID 1 exists", new { id = 1 })
            .WithTestName(UserServicePact.CurrentTest)
            .WithRequest(HttpMethod.Get, "/api/users/1")
            .WithHeader("Accept", "application/json")
            .WillRespond()
            .WithStatus(HttpStatusCode.OK)
            .WithHeader("Content-Type", "application/json")
            .WithJsonBody(new
            {
                id = Match.WholeNumber(1),
                name = Match.Type("Ada Lovelace"),
                email = Match.Regex("ada@example.com", UserServicePact.EmailPattern),
                createdAt = Match.DateTime("2024-05-01T10:15:30Z", UserServicePact.IsoInstant),
            });

        UserDto? user = null;
        await _pact.VerifyAsync(async context => user = await Client(context).GetUserAsync(1, TestContext.Current.CancellationToken), TestContext.Current.CancellationToken);

        Assert.NotNull(user);
        Assert.Equal(1, user.Id);
        Assert.Equal("Ada Lovelace", user.Name);
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 10, 15, 30, TimeSpan.Zero), user.CreatedAt);
    }

    [Fact]
    public async Task GetUserAsync_UnknownUser_ReturnsNull()
    {
        _pact.UponReceiving("a request for a user that does not exist")
            .Given("no user with ID 999 exists", new { id = 999 })
            .WithTestName(UserServicePact.CurrentTest)
            .WithRequest(HttpMethod.Get, "/api/users/999")
            .WithHeader("Accept", "application/json")
            .WillRespond()
            .WithStatus(HttpStatusCode.NotFound);

        UserDto? user = new(0, "not called", "x", default);
        await _pact.VerifyAsync(async context => user = await Client(context).GetUserAsync(999, TestContext.Current.CancellationToken), TestContext.Current.CancellationToken);

        Assert.Null(user);
    }

    [Fact]
    public async Task CreateNotificationAsync_ExistingUser_ReturnsTheNotification()
    {
        _pact.UponReceiving("a request to send user 1 an order confirmation")
            .Given("a user with ID 1 exists", new { id = 1 })
            .WithTestName(UserServicePact.CurrentTest)
            .WithRequest(HttpMethod.Post, "/api/users/1/notifications")
            .WithHeader("Accept", "application/json")
            .WithJsonBody(new { type = "order_confirmation", orderId = Match.WholeNumber(42) })
            .WillRespond()
            .WithStatus(HttpStatusCode.Created)
            .WithHeader("Content-Type", "application/json")
            .WithJsonBody(new
            {
                id = Match.WholeNumber(7),
                type = "order_confirmation",
                orderId = Match.WholeNumber(42),
                createdAt = Match.DateTime("2024-05-01T10:15:31Z", UserServicePact.IsoInstant),
            });

        NotificationDto? created = null;
        await _pact.VerifyAsync(
            async context => created = await Client(context).CreateNotificationAsync(1, new NotificationRequest("order_confirmation", 42), TestContext.Current.CancellationToken),
            TestContext.Current.CancellationToken);

        Assert.NotNull(created);
        Assert.Equal("order_confirmation", created.Type);
        Assert.Equal(42, created.OrderId);
    }

    [Fact]
    public async Task GetUserAsync_UserServiceFailing_ThrowsUnavailable()
    {
        _pact.UponReceiving("a request for user 1 while UserService is failing")
            .Given("the user database is unavailable")
            .WithTestName(UserServicePact.CurrentTest)
            .WithRequest(HttpMethod.Get, "/api/users/1")
            .WithHeader("Accept", "application/json")
            .WillRespond()
            .WithStatus(Match.StatusCode(StatusCodeGroup.ServerError, 500));

        UserServiceUnavailableException? failure = null;
        await _pact.VerifyAsync(
            async context => failure = await Assert.ThrowsAsync<UserServiceUnavailableException>(() => Client(context).GetUserAsync(1, TestContext.Current.CancellationToken)),
            TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.InternalServerError, failure?.StatusCode);
    }

    public void Dispose() => _pact.Dispose();

    private static UserServiceClient Client(IConsumerContext context) => new(context.CreateHttpClient());
}
