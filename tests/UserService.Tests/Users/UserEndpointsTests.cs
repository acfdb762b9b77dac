using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using UserService.Tests.Support;

namespace UserService.Tests.Users;

public sealed class UserEndpointsTests : IAsyncDisposable
{
    private readonly UserServiceHost _host = new();

    private HttpClient Client => _host.Client;

    [Fact]
    public async Task Create_ValidUser_Returns201WithLocationAndUser()
    {
        var request = new { name = "Ada", email = "ada@example.com" };

        using HttpResponseMessage response = await Client.PostAsJsonAsync("/api/users", request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        JsonElement user = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        int id = user.GetProperty("id").GetInt32();
        Assert.True(id > 0);
        Assert.Equal($"/api/users/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal("Ada", user.GetProperty("name").GetString());
        Assert.Equal("ada@example.com", user.GetProperty("email").GetString());
        Assert.Equal("2024-05-01T10:15:30Z", user.GetProperty("createdAt").GetString());
    }

    [Fact]
    public async Task Create_NameAndEmailWithSurroundingSpaces_StoresThemTrimmed()
    {
        var request = new { name = "  Ada ", email = " ada@example.com  " };

        using HttpResponseMessage response = await Client.PostAsJsonAsync("/api/users", request, TestContext.Current.CancellationToken);

        JsonElement user = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal("Ada", user.GetProperty("name").GetString());
        Assert.Equal("ada@example.com", user.GetProperty("email").GetString());
    }

    [Theory]
    [InlineData("""{"email": "ada@example.com"}""")]
    [InlineData("""{"name": null, "email": "ada@example.com"}""")]
    [InlineData("""{"name": "", "email": "ada@example.com"}""")]
    [InlineData("""{"name": "   ", "email": "ada@example.com"}""")]
    public async Task Create_MissingOrBlankName_Returns400ValidationProblemForName(string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");

        using HttpResponseMessage response = await Client.PostAsync("/api/users", content, TestContext.Current.CancellationToken);

        JsonElement problem = await Problem.AssertAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(["name"], Problem.ErrorFields(problem));
    }

    [Theory]
    [InlineData("not-an-email")]
    [InlineData("ada@")]
    [InlineData("@example.com")]
    [InlineData("Ada <ada@example.com>")]
    [InlineData("")]
    public async Task Create_InvalidEmail_Returns400ValidationProblemForEmail(string email)
    {
        var request = new { name = "Ada", email };

        using HttpResponseMessage response = await Client.PostAsJsonAsync("/api/users", request, TestContext.Current.CancellationToken);

        JsonElement problem = await Problem.AssertAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(["email"], Problem.ErrorFields(problem));
    }

    [Fact]
    public async Task Create_NoBody_Returns400ValidationProblemForBothFields()
    {
        using var content = new StringContent("", Encoding.UTF8, "application/json");

        using HttpResponseMessage response = await Client.PostAsync("/api/users", content, TestContext.Current.CancellationToken);

        JsonElement problem = await Problem.AssertAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(["email", "name"], Problem.ErrorFields(problem));
    }

    [Fact]
    public async Task Create_EmailTakenInAnotherCase_Returns409AndAddsNoUser()
    {
        await _host.CreateUserAsync("Ada", "ada@example.com");
        var request = new { name = "Ada Again", email = "ADA@Example.COM" };

        using HttpResponseMessage response = await Client.PostAsJsonAsync("/api/users", request, TestContext.Current.CancellationToken);

        JsonElement problem = await Problem.AssertAsync(response, HttpStatusCode.Conflict);
        Assert.Contains("ADA@Example.COM", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, await _host.QueryAsync(db => db.Users.CountAsync(TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task Create_ValidUser_WritesItsUserCreatedEventToTheOutbox()
    {
        int id = (await _host.CreateUserAsync("Ada", "ada@example.com")).Id;

        var events = await _host.QueryAsync(db => db.Outbox.ToListAsync(TestContext.Current.CancellationToken));

        var created = Assert.Single(events);
        Assert.Equal("UserCreated", created.Type);
        Assert.Equal($$"""{"userId":{{id}},"name":"Ada","email":"ada@example.com","createdAt":"2024-05-01T10:15:30Z"}""", created.Payload);
        Assert.Equal(UserServiceHost.Now, created.CreatedAt);
    }

    [Fact]
    public async Task Create_RejectedUser_WritesNoEvent()
    {
        await _host.CreateUserAsync("Ada", "ada@example.com");

        using HttpResponseMessage taken = await Client.PostAsJsonAsync("/api/users", new { name = "Ada", email = "ADA@example.com" }, TestContext.Current.CancellationToken);
        using HttpResponseMessage invalid = await Client.PostAsJsonAsync("/api/users", new { name = "", email = "x" }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Conflict, taken.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal(1, await _host.QueryAsync(db => db.Outbox.CountAsync(TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task Get_ExistingUser_Returns200WithCamelCaseUser()
    {
        int id = (await _host.CreateUserAsync("Ada", "ada@example.com")).Id;

        using HttpResponseMessage response = await Client.GetAsync($"/api/users/{id}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        string json = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal($$"""{"id":{{id}},"name":"Ada","email":"ada@example.com","createdAt":"2024-05-01T10:15:30Z"}""", json);
    }

    [Fact]
    public async Task Get_UnknownUser_Returns404ProblemNamingTheId()
    {
        using HttpResponseMessage response = await Client.GetAsync("/api/users/4242", TestContext.Current.CancellationToken);

        JsonElement problem = await Problem.AssertAsync(response, HttpStatusCode.NotFound);
        Assert.Equal("User not found", problem.GetProperty("title").GetString());
        Assert.Contains("4242", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_ExistingUser_Returns204AndUserIsGone()
    {
        int id = (await _host.CreateUserAsync("Ada", "ada@example.com")).Id;

        using HttpResponseMessage response = await Client.DeleteAsync($"/api/users/{id}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        using HttpResponseMessage after = await Client.GetAsync($"/api/users/{id}", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
    }

    [Fact]
    public async Task Delete_UnknownUser_Returns404Problem()
    {
        using HttpResponseMessage response = await Client.DeleteAsync("/api/users/4242", TestContext.Current.CancellationToken);

        JsonElement problem = await Problem.AssertAsync(response, HttpStatusCode.NotFound);
        Assert.Contains("4242", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();
}
