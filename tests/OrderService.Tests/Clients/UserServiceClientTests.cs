using System.Net;
using OrderService.Clients;
using OrderService.Tests.Support;

namespace OrderService.Tests.Clients;

public sealed class UserServiceClientTests
{
    private const string AdaJson = """{"id": 42, "name": "Ada", "email": "ada@example.com", "createdAt": "2024-05-01T10:15:30Z"}""";

    [Fact]
    public async Task GetUserAsync_200_ReturnsUserFromCamelCaseJson()
    {
        using var handler = StubHandler.Answering(HttpStatusCode.OK, AdaJson);
        using HttpClient http = HttpFor(handler);
        var client = new UserServiceClient(http);

        UserDto? user = await client.GetUserAsync(42, TestContext.Current.CancellationToken);

        Assert.Equal(new UserDto(42, "Ada", "ada@example.com", new DateTimeOffset(2024, 5, 1, 10, 15, 30, TimeSpan.Zero)), user);
        Assert.Equal(HttpMethod.Get, handler.LastRequest?.Method);
        Assert.Equal("http://users.test/api/users/42", handler.LastRequest?.RequestUri?.ToString());
        Assert.Equal("application/json", Assert.Single(handler.LastRequest!.Headers.Accept).MediaType);
    }

    [Fact]
    public async Task GetUserAsync_BaseAddressWithPath_KeepsThePath()
    {
        using var handler = StubHandler.Answering(HttpStatusCode.OK, AdaJson);
        using var http = new HttpClient(handler) { BaseAddress = new Uri("http://gateway.test/users-api/") };
        var client = new UserServiceClient(http);

        await client.GetUserAsync(42, TestContext.Current.CancellationToken);

        Assert.Equal("http://gateway.test/users-api/api/users/42", handler.LastRequest?.RequestUri?.ToString());
    }

    [Fact]
    public async Task GetUserAsync_404_ReturnsNull()
    {
        using var handler = StubHandler.Answering(HttpStatusCode.NotFound, """{"title": "User not found"}""");
        using HttpClient http = HttpFor(handler);
        var client = new UserServiceClient(http);

        UserDto? user = await client.GetUserAsync(42, TestContext.Current.CancellationToken);

        Assert.Null(user);
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    public async Task GetUserAsync_5xx_ThrowsUnavailableWithTheStatus(HttpStatusCode status)
    {
        using var handler = StubHandler.Answering(status);
        using HttpClient http = HttpFor(handler);
        var client = new UserServiceClient(http);

        var exception = await Assert.ThrowsAsync<UserServiceUnavailableException>(
            () => client.GetUserAsync(42, TestContext.Current.CancellationToken));

        Assert.Equal(status, exception.StatusCode);
    }

    [Fact]
    public async Task GetUserAsync_ConnectionFails_ThrowsUnavailableWithTheCause()
    {
        var refused = new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused");
        using var handler = new StubHandler((_, _) => Task.FromException<HttpResponseMessage>(refused));
        using HttpClient http = HttpFor(handler);
        var client = new UserServiceClient(http);

        var exception = await Assert.ThrowsAsync<UserServiceUnavailableException>(
            () => client.GetUserAsync(42, TestContext.Current.CancellationToken));

        Assert.Null(exception.StatusCode);
        Assert.Same(refused, exception.InnerException);
    }

    [Fact]
    public async Task GetUserAsync_NoAnswerBeforeTimeout_ThrowsUnavailable()
    {
        using var handler = new StubHandler(async (_, cancellationToken) =>
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return new HttpResponseMessage(HttpStatusCode.OK);
        });
        using var http = new HttpClient(handler) { BaseAddress = new Uri("http://users.test/"), Timeout = TimeSpan.FromMilliseconds(50) };
        var client = new UserServiceClient(http);

        var exception = await Assert.ThrowsAsync<UserServiceUnavailableException>(
            () => client.GetUserAsync(42, TestContext.Current.CancellationToken));

        Assert.Null(exception.StatusCode);
        Assert.IsType<TaskCanceledException>(exception.InnerException);
    }

    [Fact]
    public async Task GetUserAsync_CallerCancels_ThrowsOperationCanceled()
    {
        using var handler = new StubHandler(async (_, cancellationToken) =>
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return new HttpResponseMessage(HttpStatusCode.OK);
        });
        using HttpClient http = HttpFor(handler);
        var client = new UserServiceClient(http);
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();
        Task Get() => client.GetUserAsync(42, cancellation.Token);

        var exception = await Assert.ThrowsAnyAsync<OperationCanceledException>(Get);

        Assert.Equal(cancellation.Token, exception.CancellationToken);
    }

    [Fact]
    public async Task GetUserAsync_Unexpected4xx_ThrowsUserServiceExceptionNotUnavailable()
    {
        using var handler = StubHandler.Answering(HttpStatusCode.Unauthorized);
        using HttpClient http = HttpFor(handler);
        var client = new UserServiceClient(http);

        var exception = await Assert.ThrowsAsync<UserServiceException>(
            () => client.GetUserAsync(42, TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.Unauthorized, exception.StatusCode);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("null")]
    public async Task GetUserAsync_BodyIsNotAUser_ThrowsUserServiceException(string body)
    {
        using var handler = StubHandler.Answering(HttpStatusCode.OK, body);
        using HttpClient http = HttpFor(handler);
        var client = new UserServiceClient(http);

        var exception = await Assert.ThrowsAsync<UserServiceException>(
            () => client.GetUserAsync(42, TestContext.Current.CancellationToken));

        Assert.Contains("200", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateNotificationAsync_201_PostsCamelCaseJsonAndReturnsNotification()
    {
        using var handler = StubHandler.Answering(
            HttpStatusCode.Created, """{"id": 5, "type": "order_confirmation", "orderId": 7, "createdAt": "2024-05-01T10:15:30Z"}""");
        using HttpClient http = HttpFor(handler);
        var client = new UserServiceClient(http);

        NotificationDto created = await client.CreateNotificationAsync(
            42, new NotificationRequest("order_confirmation", 7), TestContext.Current.CancellationToken);

        Assert.Equal(new NotificationDto(5, "order_confirmation", 7, new DateTimeOffset(2024, 5, 1, 10, 15, 30, TimeSpan.Zero)), created);
        HttpRequestMessage request = handler.LastRequest!;
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("http://users.test/api/users/42/notifications", request.RequestUri?.ToString());
        Assert.Equal("application/json", request.Content?.Headers.ContentType?.MediaType);
        Assert.Equal("""{"type":"order_confirmation","orderId":7}""", handler.LastBody);
        Assert.Equal(handler.LastBody?.Length, request.Content?.Headers.ContentLength);
    }

    [Fact]
    public async Task CreateNotificationAsync_404_ThrowsUserServiceExceptionWith404()
    {
        using var handler = StubHandler.Answering(HttpStatusCode.NotFound, """{"title": "User not found"}""");
        using HttpClient http = HttpFor(handler);
        var client = new UserServiceClient(http);

        var exception = await Assert.ThrowsAsync<UserServiceException>(
            () => client.CreateNotificationAsync(42, new NotificationRequest("order_confirmation", 7), TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.NotFound, exception.StatusCode);
    }

    [Fact]
    public async Task CreateNotificationAsync_500_ThrowsUnavailableWith500()
    {
        using var handler = StubHandler.Answering(HttpStatusCode.InternalServerError);
        using HttpClient http = HttpFor(handler);
        var client = new UserServiceClient(http);

        var exception = await Assert.ThrowsAsync<UserServiceUnavailableException>(
            () => client.CreateNotificationAsync(42, new NotificationRequest("order_confirmation", 7), TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.InternalServerError, exception.StatusCode);
    }

    private static HttpClient HttpFor(StubHandler handler) =>
        new(handler, disposeHandler: false) { BaseAddress = new Uri("http://users.test/") };
}
