namespace UserService.Data;

/// <summary>Creates the schema at startup; there are no migrations.</summary>
internal static class UsersDatabase
{
    public static async Task EnsureCreatedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using AsyncServiceScope scope = services.CreateAsyncScope();
        UsersDbContext db = scope.ServiceProvider.GetRequiredService<UsersDbContext>();
        await db.Database.EnsureCreatedAsync(cancellationToken);
    }
}
