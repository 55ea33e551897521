using System.Net;
using System.Net.Http.Headers;
using MetaHub.Access.Authentication;
using MetaHub.IntegrationTests.Infrastructure;
using MetaHub.Kernel.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using static MetaHub.IntegrationTests.Infrastructure.HttpExtensions;

namespace MetaHub.IntegrationTests.Access;

/// <summary>An access token works only while it lives and only as signed.</summary>
public sealed class TenantBoundTokenTests(MetaHubFactory factory) : IClassFixture<MetaHubFactory>
{
    [Fact]
    public async Task Me_WithoutToken_IsUnauthorized()
    {
        var tenant = await factory.CreateTenantAsync();

        using var response = await factory.CreateClient().SendAsync(Get("/api/auth/me", tenant: tenant.Slug));

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Me_ExpiredToken_IsUnauthorized()
    {
        var org = await Organisation.CreateAsync(factory);
        var user = await org.AddUserAsync(SystemRoles.Employee, [org.Main]);
        var token = (await org.SignInAsync(user)).GetProperty("accessToken").GetString()!;
        var anHourAgo = new FakeTimeProvider(DateTimeOffset.UtcNow.AddHours(-1));
        var old = new Microsoft.IdentityModel.JsonWebTokens.JsonWebTokenHandler().ReadJsonWebToken(token);
        var expired = RecreateAt(old, anHourAgo);

        using var response = await SendAsync(org, expired);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Me_TamperedToken_IsUnauthorized()
    {
        var org = await Organisation.CreateAsync(factory);
        var alice = await org.AddUserAsync(SystemRoles.Employee, [org.Main]);
        var bob = await org.AddUserAsync(SystemRoles.Owner, [org.Main]);
        var genuine = (await org.SignInAsync(alice)).GetProperty("accessToken").GetString()!.Split('.');
        var forgedPayload = (await org.SignInAsync(bob)).GetProperty("accessToken").GetString()!.Split('.')[1];

        using var response = await SendAsync(org, $"{genuine[0]}.{forgedPayload}.{genuine[2]}");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    private string RecreateAt(Microsoft.IdentityModel.JsonWebTokens.JsonWebToken token, TimeProvider time)
    {
        var settings = factory.Services.GetRequiredService<IOptions<AuthOptions>>().Value;
        return new Microsoft.IdentityModel.JsonWebTokens.JsonWebTokenHandler().CreateToken(new Microsoft.IdentityModel.Tokens.SecurityTokenDescriptor
        {
            Issuer = settings.Issuer,
            Subject = new System.Security.Claims.ClaimsIdentity(token.Claims.Where(c => c.Type is not ("exp" or "nbf" or "iat" or "iss"))),
            IssuedAt = time.GetUtcNow().UtcDateTime,
            NotBefore = time.GetUtcNow().UtcDateTime,
            Expires = time.GetUtcNow().AddMinutes(15).UtcDateTime,
            SigningCredentials = new Microsoft.IdentityModel.Tokens.SigningCredentials(
                AccessTokenIssuer.SigningKey(settings), Microsoft.IdentityModel.Tokens.SecurityAlgorithms.HmacSha256),
        });
    }

    private static async Task<HttpResponseMessage> SendAsync(Organisation org, string token)
    {
        var request = Get("/api/auth/me", tenant: org.Tenant.Slug);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await org.Factory.CreateClient().SendAsync(request);
    }
}
