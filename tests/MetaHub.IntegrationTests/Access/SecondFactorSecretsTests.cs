using MetaHub.Access.Domain;
using MetaHub.IntegrationTests.Infrastructure;
using MetaHub.Kernel.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MetaHub.IntegrationTests.Access;

/// <summary>Authenticator keys and recovery codes work for the user but are unreadable in the database.</summary>
public sealed class SecondFactorSecretsTests(MetaHubFactory factory) : IClassFixture<MetaHubFactory>
{
    [Fact]
    public async Task AuthenticatorKey_IsEncryptedAtRestAndVerifiesCodes()
    {
        var (scope, users, user) = await NewUserAsync();
        await using var _ = scope;

        await users.ResetAuthenticatorKeyAsync(user);
        var key = (await users.GetAuthenticatorKeyAsync(user))!;

        key.Length.ShouldBeGreaterThanOrEqualTo(16);
        (await RawTokenValuesAsync(scope, user)).ShouldAllBe(value => !value.Contains(key, StringComparison.OrdinalIgnoreCase));
        var code = Totp.Code(key, DateTimeOffset.UtcNow);
        (await users.VerifyTwoFactorTokenAsync(user, TokenOptions.DefaultAuthenticatorProvider, code)).ShouldBeTrue();
        (await users.VerifyTwoFactorTokenAsync(user, TokenOptions.DefaultAuthenticatorProvider, WrongCode(code))).ShouldBeFalse();
    }

    [Fact]
    public async Task RecoveryCodes_AreHashedAtRestAndWorkOnce()
    {
        var (scope, users, user) = await NewUserAsync();
        await using var _ = scope;

        var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))!.ToList();

        codes.Count.ShouldBe(10);
        var stored = await RawTokenValuesAsync(scope, user);
        foreach (var code in codes)
        {
            stored.ShouldAllBe(value => !value.Contains(code, StringComparison.OrdinalIgnoreCase));
        }

        (await users.RedeemTwoFactorRecoveryCodeAsync(user, codes[3].ToLowerInvariant())).Succeeded.ShouldBeTrue();
        (await users.RedeemTwoFactorRecoveryCodeAsync(user, codes[3])).Succeeded.ShouldBeFalse();
        (await users.CountRecoveryCodesAsync(user)).ShouldBe(9);

        // Every other code still works after one was used, each once.
        foreach (var code in codes.Where((_, i) => i != 3))
        {
            (await users.RedeemTwoFactorRecoveryCodeAsync(user, code)).Succeeded.ShouldBeTrue(code);
        }

        (await users.CountRecoveryCodesAsync(user)).ShouldBe(0);
        (await users.RedeemTwoFactorRecoveryCodeAsync(user, "NOT-A-CODE")).Succeeded.ShouldBeFalse();
    }

    private static string WrongCode(string code) => code == "000000" ? "000001" : "000000";

    private async Task<(AsyncServiceScope Scope, UserManager<User> Users, User User)> NewUserAsync()
    {
        var tenant = await factory.CreateTenantAsync();
        var scope = await factory.ScopeAsync(tenant);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var email = $"ikinci.faktor.{Guid.NewGuid():N}@ajans.example";
        var user = new User { UserName = email, Email = email, FirstName = "İkinci", LastName = "Faktör" };
        (await users.CreateAsync(user, "Guclu.Parola2026")).Succeeded.ShouldBeTrue();
        return (scope, users, user);
    }

    private static async Task<List<string>> RawTokenValuesAsync(AsyncServiceScope scope, User user)
    {
        var db = scope.ServiceProvider.GetRequiredService<TenantDbContext>();
        return await db.Set<UserToken>().AsNoTracking().Where(t => t.UserId == user.Id).Select(t => t.Value ?? "").ToListAsync();
    }
}
