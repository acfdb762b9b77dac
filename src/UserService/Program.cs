using Microsoft.EntityFrameworkCore;
using UserService.Data;
using UserService.Notifications;
using UserService.Users;

WebApplicationBuilder builder = WebApplication.CreateBuilder(args);

builder.Services.AddProblemDetails();
builder.Services.AddSingleton(TimeProvider.System);

// Read the connection string when the context is made, not now, so a test host's settings always win.
builder.Services.AddDbContext<UsersDbContext>((services, options) =>
    options.UseSqlite(services.GetRequiredService<IConfiguration>().GetConnectionString("Users")
        ?? throw new InvalidOperationException("ConnectionStrings:Users is not set.")));

WebApplication app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();

app.MapUserEndpoints();
app.MapNotificationEndpoints();

await UsersDatabase.EnsureCreatedAsync(app.Services, app.Lifetime.ApplicationStopping);

await app.RunAsync();
