using System.Text.RegularExpressions;
using MetaHub.E2E.Infrastructure;
using MetaHub.IntegrationTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MetaHub.E2E;

/// <summary>The settings screens as people use them: members, the audit log, one's own sessions, and what an intern sees.</summary>
public sealed class PeopleAdminTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task Owner_ChangesAMembersRole_SeesTheNewRole()
    {
        var page = await NewPageAsync();
        await DemoSignIn.IntoCompanyAsync(host, page, "owner@demo.local", "SEO Birimi");

        await page.GetByTestId("nav-members").ClickAsync();
        var role = page.Locator("[data-testid=member-role][data-email='employee@demo.local']");
        await Expect(role).ToHaveValueAsync("Employee");
        await role.ClickAsync();
        await page.Locator(".mud-popover-open").GetByText("Manager", new() { Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Onayla" }).ClickAsync();

        await Expect(page.Locator(".mud-snackbar")).ToBeVisibleAsync();
        await page.ReloadAsync();
        await Expect(page.Locator("[data-testid=member-role][data-email='employee@demo.local']")).ToHaveValueAsync("Manager");
    }

    [Fact]
    public async Task Admin_FiltersAuditLogByLogin_ExportsTheSameEntriesAsCsv()
    {
        var page = await NewPageAsync();
        await DemoSignIn.IntoCompanyAsync(host, page, "admin@demo.local", "SEO Birimi");

        await page.GetByTestId("nav-audit").ClickAsync();
        await page.GetByTestId("audit-action").ClickAsync();
        await page.Locator(".mud-popover-open").GetByText("LOGIN", new() { Exact = true }).ClickAsync();

        await Expect(page.Locator("[data-testid=audit-row-action]:not(:text-is('LOGIN'))")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("audit-row-action").First).ToHaveTextAsync("LOGIN");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("audit-export").ClickAsync());
        var csv = await File.ReadAllLinesAsync((await download.PathAsync())!);
        csv[0].ShouldStartWith("sequence,createdAt");
        csv[1..].ShouldNotBeEmpty();
        csv[1..].ShouldAllBe(line => line.Contains(",LOGIN,", StringComparison.Ordinal));
        csv.ShouldContain(line => line.Contains("admin@demo.local", StringComparison.Ordinal) || line.Contains("Ayşe", StringComparison.Ordinal));
    }

    [Fact]
    public async Task User_RevokesTheirOtherSession_ThatBrowserIsSentToSignIn()
    {
        const string email = "manager@demo.local";
        var first = await NewPageAsync();
        var key = await DemoSignIn.EnrolAsync(host, first, email);
        await first.GetByTestId("enrol-continue").ClickAsync();
        await first.Locator("[data-testid=pick-company][data-company='SEO Birimi']").ClickAsync();
        await Expect(first.GetByTestId("company-switcher")).ToContainTextAsync("SEO Birimi");

        var second = await NewPageAsync();
        await second.GotoAsync(host.TenantUrl("demo", "/account/login"));
        await second.GetByTestId("login-email").FillAsync(email);
        await second.GetByTestId("login-password").FillAsync(DemoSignIn.Password);
        await second.GetByTestId("login-submit").ClickAsync();
        // The first sign-in used this time step's code; a step may be used once, so answer with the next one.
        await second.GetByTestId("totp-code").FillAsync(Totp.Code(key, DateTimeOffset.UtcNow.AddSeconds(30)));
        await second.GetByTestId("totp-submit").ClickAsync();
        await second.Locator("[data-testid=pick-company][data-company='SEO Birimi']").ClickAsync();
        await Expect(second.GetByTestId("company-switcher")).ToContainTextAsync("SEO Birimi");

        await first.GetByTestId("profile-link").ClickAsync();
        await Expect(first.Locator("[data-testid=session-row]")).ToHaveCountAsync(2);
        await Expect(first.Locator("[data-testid=session-row][data-current=true] [data-testid=session-current]")).ToBeVisibleAsync();
        await first.Locator("[data-testid=session-row][data-current=false] [data-testid=session-revoke]").ClickAsync();
        await first.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Oturumu kapat" }).ClickAsync();

        await Expect(first.Locator("[data-testid=session-row]")).ToHaveCountAsync(1);
        await second.GotoAsync(host.TenantUrl("demo", "/account/profile"));
        await Expect(second).ToHaveURLAsync(new Regex("/account/login", RegexOptions.None, TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public async Task Intern_DoesNotSeeTheSettingsLinks()
    {
        var page = await NewPageAsync();
        await DemoSignIn.IntoCompanyAsync(host, page, "intern@demo.local", "SEO Birimi");

        await Expect(page.GetByTestId("profile-link")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("nav-members")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("nav-security")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("nav-audit")).ToHaveCountAsync(0);
    }

    private async Task<IPage> NewPageAsync()
    {
        var context = await host.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "tr-TR", AcceptDownloads = true });
        return await context.NewPageAsync();
    }
}
