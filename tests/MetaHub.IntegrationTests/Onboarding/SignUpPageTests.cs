using System.Net;
using MetaHub.IntegrationTests.Infrastructure;

namespace MetaHub.IntegrationTests.Onboarding;

/// <summary>The sign-up pages answer without a tenant: on the platform's own address and on any other host.</summary>
public sealed class SignUpPageTests(MetaHubFactory factory) : IClassFixture<MetaHubFactory>
{
    [Theory]
    [InlineData("/register", "register-slug-preview")]
    [InlineData("/verify-email?email=biri%40ajans.example", "verify-code")]
    [InlineData("/terms", "terms-title")]
    [InlineData("/privacy", "privacy-title")]
    public async Task Page_OnTheApexHostAndAnUnknownTenantHost_RendersWithoutATenant(string path, string expected)
    {
        using var client = factory.CreateClient();

        using var apex = await client.SendAsync(HttpExtensions.Get(path, host: "localhost:5000"));
        using var unknown = await client.SendAsync(HttpExtensions.Get(path, host: "nobody-here.localhost:5000"));

        apex.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await apex.Content.ReadAsStringAsync()).ShouldContain(expected);
        unknown.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task RegisterPage_Rendered_ShowsTheAddressUnderTheBaseDomain()
    {
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync("/register");

        html.ShouldContain("takim-adiniz.localhost");
        html.ShouldContain("href=\"/terms\"");
        html.ShouldContain("href=\"/privacy\"");
    }
}
