using MetaHub.Access.Domain;
using MetaHub.Kernel.Auditing;
using Microsoft.EntityFrameworkCore;

namespace MetaHub.Access.Data;

/// <summary>
/// Identity's user tables in the tenant database. They follow Identity's own mapping, except that
/// uniqueness (user name, external login) holds per tenant, so a shared database can hold the same
/// e-mail address in two tenants.
/// </summary>
internal static class IdentityConfiguration
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<User>(user =>
        {
            user.ToTable("Users");
            user.HasIndex(u => new { u.TenantId, u.NormalizedUserName }).IsUnique();
            user.HasIndex(u => new { u.TenantId, u.NormalizedEmail });
            user.Property(u => u.ConcurrencyStamp).IsConcurrencyToken().ExcludeFromAudit();
            user.Property(u => u.PasswordHash).IsSensitive();
            user.Property(u => u.SecurityStamp).IsSensitive();
            user.Property(u => u.AccessFailedCount).ExcludeFromAudit();
            user.Property(u => u.LastLoginAt).ExcludeFromAudit();
            user.Property(u => u.LastTotpTimeStep).ExcludeFromAudit();
            user.Property(u => u.UserName).HasMaxLength(256);
            user.Property(u => u.NormalizedUserName).HasMaxLength(256);
            user.Property(u => u.Email).HasMaxLength(256);
            user.Property(u => u.NormalizedEmail).HasMaxLength(256);
            user.Property(u => u.PhoneNumber).HasMaxLength(30);
            user.Property(u => u.FirstName).HasMaxLength(User.NameMaxLength);
            user.Property(u => u.LastName).HasMaxLength(User.NameMaxLength);
            user.HasMany<UserClaim>().WithOne().HasForeignKey(c => c.UserId).IsRequired().OnDelete(DeleteBehavior.Cascade);
            user.HasMany<UserLogin>().WithOne().HasForeignKey(l => l.UserId).IsRequired().OnDelete(DeleteBehavior.Cascade);
            user.HasMany<UserToken>().WithOne().HasForeignKey(t => t.UserId).IsRequired().OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<UserClaim>(claim =>
        {
            claim.ToTable("UserClaims");
            claim.ExcludeFromAudit();
            claim.HasKey(c => c.Id);
        });

        modelBuilder.Entity<UserLogin>(login =>
        {
            login.ToTable("UserLogins");
            login.ExcludeFromAudit();
            login.HasKey(l => new { l.TenantId, l.LoginProvider, l.ProviderKey });
            login.Property(l => l.LoginProvider).HasMaxLength(128);
            login.Property(l => l.ProviderKey).HasMaxLength(128);
        });

        modelBuilder.Entity<UserToken>(token =>
        {
            // Authenticator keys and recovery codes: their changes are audited as security events.
            token.ToTable("UserTokens");
            token.ExcludeFromAudit();
            token.HasKey(t => new { t.UserId, t.LoginProvider, t.Name });
            token.Property(t => t.LoginProvider).HasMaxLength(128);
            token.Property(t => t.Name).HasMaxLength(128);
        });
    }
}
