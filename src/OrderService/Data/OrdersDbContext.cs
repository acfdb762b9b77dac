using Microsoft.EntityFrameworkCore;

namespace OrderService.Data;

/// <summary>The orders database (SQLite). Public so that tests can add their own products.</summary>
public sealed class OrdersDbContext(DbContextOptions<OrdersDbContext> options) : DbContext(options)
{
    public DbSet<Product> Products => Set<Product>();

    public DbSet<Order> Orders => Set<Order>();

    /// <summary>The users UserService has announced (see <see cref="Users.UserCreatedHandler"/>).</summary>
    public DbSet<KnownUser> KnownUsers => Set<KnownUser>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite has no decimal type. Invariant text keeps every digit, so 29.99 reads back as 29.99 and
        // never as a binary double.
        configurationBuilder.Properties<decimal>().HaveConversion<string>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Product>().Property(p => p.Name).IsRequired();

        modelBuilder.Entity<KnownUser>(user =>
        {
            // The id is UserService's, not one this database makes up.
            user.Property(u => u.Id).ValueGeneratedNever();
            user.Property(u => u.Name).IsRequired();
            user.Property(u => u.Email).IsRequired();
        });

        modelBuilder.Entity<Order>()
            .HasMany(o => o.Items)
            .WithOne()
            .HasForeignKey(i => i.OrderId)
            .OnDelete(DeleteBehavior.Cascade);

        modelBuilder.Entity<OrderItem>()
            .HasOne<Product>()
            .WithMany()
            .HasForeignKey(i => i.ProductId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}
