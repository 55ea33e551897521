using System.Net;
using System.Net.Http.Headers;
using MetaHub.Access.Authentication;
using MetaHub.Access.Domain;
using MetaHub.IntegrationTests.Infrastructure;
using MetaHub.Kernel.Tenancy;
using MetaHub.Tenancy.Catalog;
using MetaHub.Tenancy.Resolution;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using static MetaHub.IntegrationTests.Infrastructure.HttpExtensions;

namespace MetaHub.IntegrationTests.Access;

/// <summary>An access token works only on the tenant that issued it, only while it lives, only as signed.</summary>
public sealed class TenantBoundTokenTests(MetaHubFactory factory) : IClassFixture<MetaHubFactory>
{
    [Fact]
    public async Task Me_TokenOfResolvedTenant_ReturnsUserAndTenant()
    {
        var (tenant, info) = await TenantAsync();
        var user = NewUser(tenant);
        var companyId = Guid.NewGuid();
        var token = Issuer().Issue(user, info, companyId);

        using var response = await SendAsync(tenant.Slug, token.Value);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await response.JsonAsync();
        body.GetProperty("user").GetProperty("id").GetGuid().ShouldBe(user.Id);
        body.GetProperty("user").GetProperty("email").GetString().ShouldBe(user.Email);
        body.GetProperty("tenant").GetProperty("slug").GetString().ShouldBe(tenant.Slug);
        body.GetProperty("activeCompanyId").GetGuid().ShouldBe(companyId);
        token.ExpiresIn.ShouldBe(15 * 60);
    }

    [Theory]
    [InlineData(TenantPlacement.Dedicated)]
    [InlineData(TenantPlacement.Shared)]
    public async Task Me_TokenOfTenantA_AgainstTenantB_IsUnauthorized(TenantPlacement placement)
    {
        var (a, infoA) = await TenantAsync(placement);
        var (b, _) = await TenantAsync(placement);
        var token = Issuer().Issue(NewUser(a), infoA, companyId: null);

        using var response = await SendAsync(b.Slug, token.Value);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task Me_WithoutToken_IsUnauthorized()
    {
        var (tenant, _) = await TenantAsync();

        using var response = await factory.CreateClient().SendAsync(Get("/api/auth/me", tenant: tenant.Slug));

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Me_ExpiredToken_IsUnauthorized()
    {
        var (tenant, info) = await TenantAsync();
        var anHourAgo = new FakeTimeProvider(DateTimeOffset.UtcNow.AddHours(-1));
        var token = new AccessTokenIssuer(factory.Services.GetRequiredService<IOptions<AuthOptions>>(), anHourAgo)
            .Issue(NewUser(tenant), info, companyId: null);

        using var response = await SendAsync(tenant.Slug, token.Value);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Me_TamperedToken_IsUnauthorized()
    {
        var (a, infoA) = await TenantAsync();
        var (b, infoB) = await TenantAsync();
        var genuine = Issuer().Issue(NewUser(a), infoA, companyId: null).Value.Split('.');
        var forgedPayload = Issuer().Issue(NewUser(b), infoB, companyId: null).Value.Split('.')[1];

        using var response = await SendAsync(b.Slug, $"{genuine[0]}.{forgedPayload}.{genuine[2]}");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    private AccessTokenIssuer Issuer() => factory.Services.GetRequiredService<AccessTokenIssuer>();

    private async Task<(Tenant Tenant, TenantInfo Info)> TenantAsync(TenantPlacement placement = TenantPlacement.Dedicated)
    {
        var tenant = await factory.CreateTenantAsync(placement);
        var entry = await factory.Services.GetRequiredService<TenantDirectory>().LoadBySlugAsync(tenant.Slug, CancellationToken.None);
        return (tenant, entry!.Info);
    }

    private static User NewUser(Tenant tenant) => new()
    {
        TenantId = tenant.Id,
        Email = $"token.{Guid.NewGuid():N}@ajans.example",
        FirstName = "Token",
        LastName = "Sahibi",
    };

    private Task<HttpResponseMessage> SendAsync(string tenant, string token)
    {
        var request = Get("/api/auth/me", tenant: tenant);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return factory.CreateClient().SendAsync(request);
    }
}
