using System.Net;
using MetaHub.E2E.Infrastructure;
using MetaHub.IntegrationTests.Infrastructure;
using MetaHub.Kernel.Security;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MetaHub.E2E;

/// <summary>The operators' module API keys page: pick a tenant and module, create a key (shown once), use it, revoke it.</summary>
public sealed class ModuleApiKeyPageTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task ApiKeysPage_CreateShowsTheKeyOnce_TheKeyWorks_RevokeAfterConfirmationStopsIt()
    {
        await using var context = await host.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "tr-TR" });
        await context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new BrowserContextGrantPermissionsOptions { Origin = host.PlatformUrl("") });
        var page = await context.NewPageAsync();
        await SignInAsync(page);

        await page.GetByTestId("nav-api-keys").ClickAsync();
        await page.GetByTestId("keys-tenant").FillAsync("demo");
        await page.GetByTestId("keys-module").SelectOptionAsync("access");
        await page.GetByTestId("keys-show").ClickAsync();
        await Expect(page.GetByTestId("keys-empty")).ToBeVisibleAsync();
        await page.GetByTestId("key-new").ClickAsync();
        await page.GetByTestId("key-name").FillAsync("Muhasebe entegrasyonu");
        await page.GetByTestId("key-create").ClickAsync();

        await Expect(page.GetByTestId("key-created")).ToContainTextAsync("bir daha gösterilmeyecek");
        var key = (await page.GetByTestId("key-secret").TextContentAsync())!.Trim();
        await page.GetByTestId("key-copy").ClickAsync();
        await Expect(page.GetByTestId("key-copy")).ToHaveTextAsync("Kopyalandı");
        (await page.EvaluateAsync<string>("navigator.clipboard.readText()")).ShouldBe(key);
        var row = page.GetByTestId("key-row");
        await Expect(row).ToContainTextAsync("Muhasebe entegrasyonu");
        await Expect(row).ToContainTextAsync(key[..15]);
        await Expect(row).ToContainTextAsync("Okuma");
        await Expect(row).ToContainTextAsync("Etkin");
        (await CompaniesAsync(key)).ShouldBe(HttpStatusCode.OK);

        await page.ReloadAsync();
        await Expect(page.GetByTestId("key-created")).ToHaveCountAsync(0);
        (await page.ContentAsync()).ShouldNotContain(key[15..]);

        await page.GetByTestId("key-revoke").ClickAsync();
        await Expect(page.GetByTestId("revoke-dialog")).ToContainTextAsync("Muhasebe entegrasyonu");
        await page.GetByTestId("key-revoke-confirm").ClickAsync();

        await Expect(page.GetByTestId("keys-message")).ToHaveTextAsync("Anahtar iptal edildi.");
        await Expect(row).ToContainTextAsync("İptal edildi");
        (await CompaniesAsync(key)).ShouldBe(HttpStatusCode.Unauthorized);
    }

    private async Task<HttpStatusCode> CompaniesAsync(string key)
    {
        using var client = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, host.PlatformUrl("/api/v1/companies"));
        request.Headers.Add("x-tenant", "demo");
        request.Headers.Add(ModuleApiKeyFormat.Header, key);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    // The host requires a second factor: the development operator's first sign-in enrols one.
    private async Task SignInAsync(IPage page)
    {
        await page.GotoAsync(host.PlatformUrl("/platform/login"));
        await page.GetByTestId("login-email").FillAsync("platform@metahub.local");
        await page.GetByTestId("login-password").FillAsync(DemoSignIn.Password);
        await page.GetByTestId("login-submit").ClickAsync();
        var key = (await page.GetByTestId("shared-key").TextContentAsync())!.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        await page.GetByTestId("totp-code").FillAsync(Totp.Code(key, DateTimeOffset.UtcNow));
        await page.GetByTestId("totp-submit").ClickAsync();
        await page.GetByTestId("enrol-continue").ClickAsync();
        await Expect(page.GetByTestId("operator-email")).ToHaveTextAsync("platform@metahub.local");
    }
}
