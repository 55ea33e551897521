using System.Net;
using System.Security.Claims;
using MetaHub.Access.Authentication;
using MetaHub.Access.Domain;
using MetaHub.Access.Sessions;
using MetaHub.IntegrationTests.Infrastructure;
using MetaHub.Kernel.Security;
using MetaHub.Kernel.Tenancy;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MetaHub.IntegrationTests.Operators;

/// <summary>Operators and tenants never open each other's doors, whatever the role.</summary>
public sealed class OperatorIsolationTests(MetaHubFactory factory) : IClassFixture<MetaHubFactory>
{
    private readonly PlatformOperators operators = new(factory);

    [Theory]
    [InlineData("/api/auth/me")]
    [InlineData("/api/v1/users")]
    [InlineData("/api/auth/sessions")]
    public async Task OperatorToken_OnATenantApi_IsRefused(string path)
    {
        var org = await Organisation.CreateAsync(factory);
        var account = await operators.AddAsync(enrolled: true);
        var access = (await operators.SignInAsync(account)).GetProperty("accessToken").GetString();

        using var response = await org.SendAsync(HttpMethod.Get, path, accessToken: access);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("/api/platform/auth/me")]
    [InlineData("/api/platform/tenants")]
    public async Task TenantOwnerToken_OnThePlatformApi_IsRefused(string path)
    {
        var org = await Organisation.CreateAsync(factory);
        var owner = await org.AddUserAsync(SystemRoles.Owner, [org.Main], owner: true);
        var access = (await org.SignInAsync(owner)).GetProperty("accessToken").GetString();
        using (var own = await org.SendAsync(HttpMethod.Get, "/api/auth/me", accessToken: access))
        {
            own.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        using var withTenant = await org.SendAsync(HttpMethod.Get, path, accessToken: access);
        using var withoutTenant = await operators.SendAsync(HttpMethod.Get, path, accessToken: access);
        using var logout = await operators.SendAsync(HttpMethod.Post, "/api/platform/auth/logout", accessToken: access);

        withTenant.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        withoutTenant.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        logout.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task TenantOwnerCookie_OnThePlatformPages_SendsToThePlatformSignIn()
    {
        var org = await Organisation.CreateAsync(factory);
        var owner = await org.AddUserAsync(SystemRoles.Owner, [org.Main], owner: true);
        var cookie = await TenantCookieAsync(org, owner);
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        using var tenantPage = await client.SendAsync(WithCookie(HttpExtensions.Get("/setup", tenant: org.Tenant.Slug), cookie));
        using var platformPage = await client.SendAsync(WithCookie(HttpExtensions.Get("/platform", tenant: org.Tenant.Slug), cookie));

        tenantPage.StatusCode.ShouldBe(HttpStatusCode.OK);
        platformPage.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        platformPage.Headers.Location!.OriginalString.ShouldStartWith("http://localhost/platform/login");
    }

    [Fact]
    public async Task PlatformPage_WithoutSignIn_SendsToThePlatformSignIn_AndTheApiAnswers401()
    {
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        using var page = await client.GetAsync("/platform?search=x");
        using var api = await client.GetAsync("/api/platform/tenants");
        using var login = await client.GetAsync("/platform/login");

        page.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        page.Headers.Location!.PathAndQuery.ShouldBe("/platform/login?ReturnUrl=%2Fplatform%3Fsearch%3Dx");
        api.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        login.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await login.Content.ReadAsStringAsync()).ShouldContain("login-email");
    }

    /// <summary>The UI cookie a tenant user's browser holds after signing in, made as the sign-in page makes it.</summary>
    private async Task<string> TenantCookieAsync(Organisation org, TestUser owner)
    {
        await using var scope = await factory.ScopeAsync(org.Tenant);
        var services = scope.ServiceProvider;
        var user = (await services.GetRequiredService<UserManager<User>>().FindByIdAsync(owner.Id.ToString()))!;
        var (session, _) = await services.GetRequiredService<SessionService>().OpenAsync(user, SessionKind.Browser, new ClientInfo(null, null, null), CancellationToken.None);
        var tenant = services.GetRequiredService<ITenantContext>().Tenant!;
        var principal = new ClaimsPrincipal(new ClaimsIdentity(MetaHubClaims.For(user, tenant, session), CookieAuthenticationDefaults.AuthenticationScheme, "name", null));
        var options = factory.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(CookieAuthenticationDefaults.AuthenticationScheme);
        return $"{options.Cookie.Name}={options.TicketDataFormat.Protect(new AuthenticationTicket(principal, CookieAuthenticationDefaults.AuthenticationScheme))}";
    }

    private static HttpRequestMessage WithCookie(HttpRequestMessage request, string cookie)
    {
        request.Headers.Add("Cookie", cookie);
        return request;
    }
}
