using Microsoft.EntityFrameworkCore;
using OrderService.Clients;
using OrderService.Data;
using OrderService.Orders;
using OrderService.Products;
using OrderService.Users;

WebApplicationBuilder builder = WebApplication.CreateBuilder(args);

builder.Services.AddProblemDetails();
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddUserServiceClient();
builder.Services.AddScoped<OrderPlacement>();
builder.Services.AddScoped<UserCreatedHandler>();

// Read the connection string when the context is made, not now, so a test host's settings always win.
builder.Services.AddDbContext<OrdersDbContext>((services, options) =>
    options.UseSqlite(services.GetRequiredService<IConfiguration>().GetConnectionString("Orders")
        ?? throw new InvalidOperationException("ConnectionStrings:Orders is not set.")));

WebApplication app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();

app.MapOrderEndpoints();
app.MapProductEndpoints();

await OrdersDatabase.EnsureCreatedAsync(app.Services, app.Lifetime.ApplicationStopping);

await app.RunAsync();
