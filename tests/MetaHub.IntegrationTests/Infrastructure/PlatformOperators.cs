using System.Text.Json;
using MetaHub.Access.Identity;
using MetaHub.Access.SignIn;
using MetaHub.Operators.Accounts;
using MetaHub.Tenancy.Catalog;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MetaHub.IntegrationTests.Infrastructure;

/// <summary>Operators of a test host, created as the platform creates them, and the operators' API as a client calls it.</summary>
public sealed class PlatformOperators(MetaHubFactory factory)
{
    public const string Password = Organisation.Password;

    /// <summary>A new operator; when <paramref name="enrolled"/>, with an authenticator and recovery codes already set up.</summary>
    public async Task<TestOperator> AddAsync(bool enrolled = false)
    {
        var email = $"operator.{Guid.NewGuid():N}@metahub.example";
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var added = await scope.ServiceProvider.GetRequiredService<OperatorAccounts>()
                .AddAsync(email, "Deniz", "Operatör", Password, developmentAccount: false, CancellationToken.None);
            added.Succeeded.ShouldBeTrue();
        }

        await using var catalog = await factory.CatalogAsync();
        var account = await catalog.PlatformOperators.SingleAsync(o => o.Email == email);
        if (!enrolled)
        {
            return new TestOperator(account.Id, email, null, []);
        }

        var key = Authenticator.NewKey();
        var codes = RecoveryCodes.New();
        account.AuthenticatorKey = factory.Services.GetRequiredService<IDataProtectionProvider>()
            .CreateProtector(OperatorAccounts.AuthenticatorKeyPurpose).Protect(key);
        account.TwoFactorEnabled = true;
        account.RecoveryCodes = RecoveryCodes.Store(account.Id, codes);
        await catalog.SaveChangesAsync();
        return new TestOperator(account.Id, email, key, codes);
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body = null, string? accessToken = null)
    {
        using var request = HttpExtensions.Request(method, path, body, accessToken);
        return await factory.CreateClient().SendAsync(request);
    }

    public Task<HttpResponseMessage> LoginAsync(string email, string password = Password) =>
        SendAsync(HttpMethod.Post, "/api/platform/auth/login", new { email, password });

    /// <summary>The second-factor ticket of a password sign-in.</summary>
    public async Task<string> TicketAsync(TestOperator account)
    {
        using var login = await LoginAsync(account.Email);
        login.EnsureSuccessStatusCode();
        return (await login.JsonAsync()).GetProperty("twoFactorToken").GetString()!;
    }

    /// <summary>Password, then the authenticator's current code: the token pair.</summary>
    public async Task<JsonElement> SignInAsync(TestOperator account)
    {
        using var second = await SendAsync(HttpMethod.Post, "/api/platform/auth/2fa", new
        {
            twoFactorToken = await TicketAsync(account),
            code = Totp.Code(account.AuthenticatorKey!, DateTimeOffset.UtcNow),
        });
        second.EnsureSuccessStatusCode();
        return await second.JsonAsync();
    }

    /// <summary>A new enrolled operator, signed in: its email and access token.</summary>
    public async Task<(string Email, string AccessToken)> SignedInAsync()
    {
        var account = await AddAsync(enrolled: true);
        return (account.Email, (await SignInAsync(account)).GetProperty("accessToken").GetString()!);
    }

    public async Task<List<PlatformAuditEntry>> AuditAsync(string email)
    {
        await using var catalog = await factory.CatalogAsync();
        return await catalog.PlatformAuditEntries.Where(e => e.OperatorEmail == email).OrderBy(e => e.CreatedAt).ToListAsync();
    }

    public async Task SetActiveAsync(TestOperator account, bool active)
    {
        await using var catalog = await factory.CatalogAsync();
        (await catalog.PlatformOperators.SingleAsync(o => o.Id == account.Id)).IsActive = active;
        await catalog.SaveChangesAsync();
    }
}
