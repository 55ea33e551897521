using System.Text.Json;
using MetaHub.Access.Domain;
using MetaHub.Kernel.Data;
using MetaHub.Kernel.Security;
using MetaHub.Tenancy.Catalog;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MetaHub.IntegrationTests.Infrastructure;

/// <summary>
/// A tenant with a main company, a subsidiary and a second main company (each with the five system
/// roles), and users created through Identity as an administrator would.
/// </summary>
public sealed class Organisation
{
    public const string Password = "Test.Password-2026";

    private Organisation(MetaHubFactory factory, Tenant tenant, Company main, Company subsidiary, Company other)
    {
        Factory = factory;
        Tenant = tenant;
        Main = main;
        Subsidiary = subsidiary;
        Other = other;
    }

    public MetaHubFactory Factory { get; }

    public Tenant Tenant { get; }

    public Company Main { get; }

    public Company Subsidiary { get; }

    public Company Other { get; }

    /// <summary>A tenant with the factory's default modules, or <paramref name="modules"/> (e.g. to switch leads on).</summary>
    public static async Task<Organisation> CreateAsync(
        MetaHubFactory factory, TenantPlacement placement = TenantPlacement.Dedicated, bool requireTwoFactor = false, IReadOnlyList<string>? modules = null)
    {
        var tenant = await factory.CreateTenantAsync(placement, modules: modules);
        if (!requireTwoFactor)
        {
            await using var catalog = await factory.CatalogAsync();
            var row = await catalog.Tenants.SingleAsync(t => t.Id == tenant.Id);
            row.RequireTwoFactor = false;
            await catalog.SaveChangesAsync();
        }

        var now = DateTime.UtcNow;
        var main = new Company { Name = "Ana Şirket", Slug = "ana", CreatedAt = now, UpdatedAt = now };
        var subsidiary = new Company { Name = "Alt Şirket", Slug = "alt", ParentCompanyId = main.Id, CreatedAt = now, UpdatedAt = now };
        var other = new Company { Name = "Diğer Şirket", Slug = "diger", CreatedAt = now, UpdatedAt = now };
        await using var db = await factory.OpenAsync(tenant);
        db.AddRange(main, subsidiary, other);
        foreach (var company in new[] { main, subsidiary, other })
        {
            company.TenantId = tenant.Id;
            db.AddRange(SystemRoleSet.For(company, now));
        }

        await db.SaveChangesAsync();
        return new Organisation(factory, tenant, main, subsidiary, other);
    }

    /// <summary>A user holding <paramref name="role"/> in each of <paramref name="companies"/>; with an authenticator when a key is wanted.</summary>
    public async Task<TestUser> AddUserAsync(SystemRoles role, IReadOnlyList<Company> companies, bool twoFactor = false, bool owner = false)
    {
        await using var scope = await Factory.ScopeAsync(Tenant);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var email = $"{role.ToString().ToLowerInvariant()}.{Guid.NewGuid():N}@ajans.example";
        var user = new User { Email = email, UserName = email, FirstName = role.ToString(), LastName = "Test", CreatedAt = DateTime.UtcNow };
        (await users.CreateAsync(user, Password)).Succeeded.ShouldBeTrue();
        string? key = null;
        if (twoFactor)
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
            await users.SetTwoFactorEnabledAsync(user, true);
        }

        await using var db = scope.ServiceProvider.GetRequiredService<ITenantDbContextFactory>().CreateDbContext();
        foreach (var company in companies)
        {
            var roleId = await db.Set<Role>().Where(r => r.CompanyId == company.Id && r.SystemRole == role).Select(r => r.Id).SingleAsync();
            db.Add(new Membership { UserId = user.Id, CompanyId = company.Id, RoleId = roleId, IsOwner = owner, JoinedAt = DateTime.UtcNow });
        }

        await db.SaveChangesAsync();
        return new TestUser(user.Id, email, key);
    }

    /// <summary>Puts <paramref name="company"/> on the calendar of the time zone <paramref name="zoneId"/> (its settings).</summary>
    public async Task SetTimeZoneAsync(Company company, string zoneId)
    {
        await using var db = await Factory.OpenAsync(Tenant);
        var row = await db.Set<Company>().SingleAsync(c => c.Id == company.Id);
        row.Settings.TimeZone = zoneId;
        await db.SaveChangesAsync();
    }

    public HttpRequestMessage Request(HttpMethod method, string path, object? body = null, string? accessToken = null) =>
        HttpExtensions.Request(method, path, body, accessToken, Tenant.Slug);

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body = null, string? accessToken = null)
    {
        using var request = Request(method, path, body, accessToken);
        return await Factory.CreateClient().SendAsync(request);
    }

    /// <summary>Signs in through the API (password, then the authenticator code when the user has one); returns the token response.</summary>
    public async Task<JsonElement> SignInAsync(TestUser user, DateTimeOffset? at = null)
    {
        using var login = await SendAsync(HttpMethod.Post, "/api/auth/login", new { email = user.Email, password = user.Password });
        login.EnsureSuccessStatusCode();
        var body = await login.JsonAsync();
        if (!body.GetProperty("requiresTwoFactor").GetBoolean())
        {
            return body;
        }

        using var second = await SendAsync(HttpMethod.Post, "/api/auth/2fa", new
        {
            twoFactorToken = body.GetProperty("twoFactorToken").GetString(),
            code = Totp.Code(user.AuthenticatorKey!, at ?? DateTimeOffset.UtcNow),
        });
        second.EnsureSuccessStatusCode();
        return await second.JsonAsync();
    }

    /// <summary>Signs in and switches to <paramref name="company"/>; returns the company-bound access token.</summary>
    public async Task<string> TokenForAsync(TestUser user, Company company)
    {
        var tokens = await SignInAsync(user);
        using var switched = await SendAsync(
            HttpMethod.Post, "/api/auth/switch-company", new { companyId = company.Id }, tokens.GetProperty("accessToken").GetString());
        switched.EnsureSuccessStatusCode();
        return (await switched.JsonAsync()).GetProperty("accessToken").GetString()!;
    }
}
