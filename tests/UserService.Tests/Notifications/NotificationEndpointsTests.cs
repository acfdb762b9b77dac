using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using UserService.Tests.Support;

namespace UserService.Tests.Notifications;

public sealed class NotificationEndpointsTests : IAsyncDisposable
{
    private readonly UserServiceHost _host = new();

    private HttpClient Client => _host.Client;

    [Fact]
    public async Task Create_ForExistingUser_Returns201WithNotification()
    {
        int userId = (await _host.CreateUserAsync("Ada", "ada@example.com")).Id;
        var request = new { type = "order_confirmation", orderId = 7 };

        using HttpResponseMessage response = await Client.PostAsJsonAsync(
            $"/api/users/{userId}/notifications", request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        JsonElement notification = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.True(notification.GetProperty("id").GetInt32() > 0);
        Assert.Equal("order_confirmation", notification.GetProperty("type").GetString());
        Assert.Equal(7, notification.GetProperty("orderId").GetInt32());
        Assert.Equal("2024-05-01T10:15:30Z", notification.GetProperty("createdAt").GetString());
    }

    [Fact]
    public async Task Create_WithoutOrderId_Returns201WithNullOrderId()
    {
        int userId = (await _host.CreateUserAsync("Ada", "ada@example.com")).Id;
        var request = new { type = "welcome" };

        using HttpResponseMessage response = await Client.PostAsJsonAsync(
            $"/api/users/{userId}/notifications", request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        JsonElement notification = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal(JsonValueKind.Null, notification.GetProperty("orderId").ValueKind);
    }

    [Theory]
    [InlineData("""{"orderId": 7}""")]
    [InlineData("""{"type": "", "orderId": 7}""")]
    [InlineData("""{"type": "  ", "orderId": 7}""")]
    public async Task Create_MissingOrBlankType_Returns400ValidationProblemAndStoresNothing(string body)
    {
        int userId = (await _host.CreateUserAsync("Ada", "ada@example.com")).Id;
        using var content = new StringContent(body, Encoding.UTF8, "application/json");

        using HttpResponseMessage response = await Client.PostAsync(
            $"/api/users/{userId}/notifications", content, TestContext.Current.CancellationToken);

        JsonElement problem = await Problem.AssertAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(["type"], Problem.ErrorFields(problem));
        Assert.Equal(0, await _host.QueryAsync(db => db.Notifications.CountAsync(TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task Create_UnknownUser_Returns404Problem()
    {
        var request = new { type = "order_confirmation", orderId = 7 };

        using HttpResponseMessage response = await Client.PostAsJsonAsync(
            "/api/users/4242/notifications", request, TestContext.Current.CancellationToken);

        JsonElement problem = await Problem.AssertAsync(response, HttpStatusCode.NotFound);
        Assert.Contains("4242", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_AfterTwoNotifications_ReturnsBothOldestFirst()
    {
        int userId = (await _host.CreateUserAsync("Ada", "ada@example.com")).Id;
        int otherUserId = (await _host.CreateUserAsync("Grace", "grace@example.com")).Id;
        await PostNotificationAsync(userId, "order_confirmation", 1);
        await PostNotificationAsync(otherUserId, "order_confirmation", 2);
        await PostNotificationAsync(userId, "order_shipped", 1);

        using HttpResponseMessage response = await Client.GetAsync($"/api/users/{userId}/notifications", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        JsonElement[] list = [.. (await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).EnumerateArray()];
        Assert.Equal(["order_confirmation", "order_shipped"], list.Select(n => n.GetProperty("type").GetString()));
        Assert.All(list, n => Assert.Equal(1, n.GetProperty("orderId").GetInt32()));
        Assert.All(list, n => Assert.Equal("2024-05-01T10:15:30Z", n.GetProperty("createdAt").GetString()));
    }

    [Fact]
    public async Task List_UserWithoutNotifications_ReturnsEmptyArray()
    {
        int userId = (await _host.CreateUserAsync("Ada", "ada@example.com")).Id;

        using HttpResponseMessage response = await Client.GetAsync($"/api/users/{userId}/notifications", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("[]", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task List_UnknownUser_Returns404Problem()
    {
        using HttpResponseMessage response = await Client.GetAsync("/api/users/4242/notifications", TestContext.Current.CancellationToken);

        await Problem.AssertAsync(response, HttpStatusCode.NotFound);
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private async Task PostNotificationAsync(int userId, string type, int orderId)
    {
        using HttpResponseMessage response = await Client.PostAsJsonAsync(
            $"/api/users/{userId}/notifications", new { type, orderId }, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
    }
}
