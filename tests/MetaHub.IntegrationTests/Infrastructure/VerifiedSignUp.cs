using MetaHub.Access.Domain;
using MetaHub.Tenancy.Catalog;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MetaHub.IntegrationTests.Infrastructure;

/// <summary>A sign-up whose address is already verified, written straight into the catalog, for tests that start at provisioning.</summary>
public static class VerifiedSignUp
{
    public static async Task<TenantRegistration> CreateAsync(
        IServiceProvider services, string slug, string password, string publicOrigin, RegistrationStatus status = RegistrationStatus.Provisioning)
    {
        var now = DateTime.UtcNow;
        var registration = new TenantRegistration
        {
            Email = $"kurucu@{slug}.example.com",
            FirstName = "Ece",
            LastName = "Yıldız",
            TeamName = $"Ajans {slug}",
            Slug = slug,
            AdminPasswordHash = new PasswordHasher<User>().HashPassword(null!, password),
            Status = status,
            PublicOrigin = publicOrigin,
            EmailVerifiedAt = status == RegistrationStatus.Provisioning ? now : null,
            TermsAcceptedAt = now,
            CreatedAt = now,
            UpdatedAt = now,
        };
        await using var catalog = await services.GetRequiredService<IDbContextFactory<CatalogDbContext>>().CreateDbContextAsync();
        catalog.TenantRegistrations.Add(registration);
        await catalog.SaveChangesAsync();
        return registration;
    }
}
