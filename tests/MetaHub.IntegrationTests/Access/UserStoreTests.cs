using MetaHub.Access.Domain;
using MetaHub.IntegrationTests.Infrastructure;
using MetaHub.Tenancy.Catalog;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace MetaHub.IntegrationTests.Access;

/// <summary>Identity's user store on the tenant database keeps users per tenant, whatever the placement.</summary>
public sealed class UserStoreTests(MetaHubFactory factory) : IClassFixture<MetaHubFactory>
{
    public static TheoryData<TenantPlacement> Placements => [TenantPlacement.Dedicated, TenantPlacement.Shared];

    [Theory]
    [MemberData(nameof(Placements))]
    public async Task Create_SameEmailInTwoTenants_EachTenantFindsOnlyItsOwnUser(TenantPlacement placement)
    {
        var a = await factory.CreateTenantAsync(placement);
        var b = await factory.CreateTenantAsync(placement);
        var email = $"ayse.{Guid.NewGuid():N}@ajans.example";

        var inA = await CreateUserAsync(a, email, "Ayşe", "A");
        var inB = await CreateUserAsync(b, email, "Ayşe", "B");

        inA.TenantId.ShouldBe(a.Id);
        inB.TenantId.ShouldBe(b.Id);
        await using var scopeOfB = await factory.ScopeAsync(b);
        var users = scopeOfB.ServiceProvider.GetRequiredService<UserManager<User>>();
        (await users.FindByEmailAsync(email))!.Id.ShouldBe(inB.Id);
        (await users.FindByIdAsync(inA.Id.ToString())).ShouldBeNull();
        (await users.CheckPasswordAsync(inB, Password)).ShouldBeTrue();
    }

    [Fact]
    public async Task Create_DuplicateEmailInOneTenant_IsRefused()
    {
        var tenant = await factory.CreateTenantAsync(TenantPlacement.Shared);
        var email = $"mehmet.{Guid.NewGuid():N}@ajans.example";
        await CreateUserAsync(tenant, email, "Mehmet", "Bir");

        await using var scope = await factory.ScopeAsync(tenant);
        var result = await scope.ServiceProvider.GetRequiredService<UserManager<User>>()
            .CreateAsync(new User { UserName = email, Email = email, FirstName = "Mehmet", LastName = "İki" }, Password);

        result.Succeeded.ShouldBeFalse();
        result.Errors.ShouldContain(e => e.Code == "DuplicateUserName");
    }

    [Fact]
    public async Task Create_WeakPassword_IsRefusedWithReasons()
    {
        var tenant = await factory.CreateTenantAsync();
        await using var scope = await factory.ScopeAsync(tenant);

        var result = await scope.ServiceProvider.GetRequiredService<UserManager<User>>()
            .CreateAsync(new User { UserName = "weak@ajans.example", Email = "weak@ajans.example", FirstName = "Zayıf", LastName = "Parola" }, "short");

        result.Succeeded.ShouldBeFalse();
        result.Errors.ShouldContain(e => e.Code == "PasswordTooShort");
    }

    private const string Password = "Guclu.Parola2026";

    private async Task<User> CreateUserAsync(Tenant tenant, string email, string firstName, string lastName)
    {
        await using var scope = await factory.ScopeAsync(tenant);
        var user = new User { UserName = email, Email = email, FirstName = firstName, LastName = lastName, CreatedAt = DateTime.UtcNow };
        var result = await scope.ServiceProvider.GetRequiredService<UserManager<User>>().CreateAsync(user, Password);
        result.Succeeded.ShouldBeTrue(string.Join("; ", result.Errors.Select(e => e.Description)));
        return user;
    }
}
