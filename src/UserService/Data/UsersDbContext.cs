using Microsoft.EntityFrameworkCore;

namespace UserService.Data;

/// <summary>The users database (SQLite). Public so that tests and provider states can add rows directly.</summary>
public sealed class UsersDbContext(DbContextOptions<UsersDbContext> options) : DbContext(options)
{
    public DbSet<User> Users => Set<User>();

    public DbSet<Notification> Notifications => Set<Notification>();

    /// <summary>Events waiting to be published (see <see cref="OutboxMessage"/>).</summary>
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<User>(user =>
        {
            user.Property(u => u.Name).IsRequired();

            // NOCASE makes both the unique index and every comparison ignore (ASCII) case, so a duplicate
            // in another case is caught by the database itself and not only by the endpoint's check.
            user.Property(u => u.Email).IsRequired().UseCollation("NOCASE");
            user.HasIndex(u => u.Email).IsUnique();
        });

        modelBuilder.Entity<OutboxMessage>(message =>
        {
            message.ToTable("Outbox");
            message.Property(m => m.Type).IsRequired();
            message.Property(m => m.Payload).IsRequired();
        });

        modelBuilder.Entity<Notification>(notification =>
        {
            notification.Property(n => n.Type).IsRequired();
            notification.HasOne<User>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
