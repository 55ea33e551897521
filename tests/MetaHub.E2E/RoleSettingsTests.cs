using MetaHub.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MetaHub.E2E;

/// <summary>The roles and permissions matrix of the active company, and who may open the settings pages.</summary>
public sealed class RoleSettingsTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task Owner_CreatesCustomRoleAndTicksPermission_SeesItTickedAfterReload()
    {
        await using var context = await host.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "tr-TR" });
        var page = await context.NewPageAsync();
        await DemoSignIn.IntoCompanyAsync(host, page, "owner@demo.local", "SEO Birimi");

        await page.GetByTestId("nav-roles").ClickAsync();
        await Expect(Cell(page, "Owner", "settings.edit")).ToBeDisabledAsync();
        await Expect(Cell(page, "Owner", "settings.edit")).ToBeCheckedAsync();
        await page.GetByTestId("role-name").FillAsync("Muhasebe");
        await page.GetByTestId("role-create").ClickAsync();
        await Expect(page.Locator("[data-testid=role-column][data-role='Muhasebe']")).ToBeVisibleAsync();

        await Cell(page, "Muhasebe", "customers.view").CheckAsync();
        await page.GetByTestId("roles-save").ClickAsync();
        await Expect(page.GetByTestId("roles-save")).ToBeDisabledAsync();

        await page.ReloadAsync();
        await DemoSignIn.InteractiveAsync(page);
        await Expect(Cell(page, "Muhasebe", "customers.view")).ToBeCheckedAsync();
        await Expect(Cell(page, "Muhasebe", "customers.delete")).Not.ToBeCheckedAsync();

        await page.Locator("[data-testid=role-column][data-role='Muhasebe'] [data-testid=role-delete]").ClickAsync();
        await page.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "Sil", Exact = true }).ClickAsync();
        await Expect(page.Locator("[data-testid=role-column][data-role='Muhasebe']")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Intern_DoesNotSeeSettingsLinks_AndIsRefusedThePages()
    {
        await using var context = await host.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "tr-TR" });
        var page = await context.NewPageAsync();
        await DemoSignIn.IntoCompanyAsync(host, page, "intern@demo.local", "SEO Birimi");

        await Expect(page.GetByTestId("nav-companies")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("nav-roles")).ToHaveCountAsync(0);

        await page.GotoAsync(host.TenantUrl("demo", "/settings/companies"));
        await Expect(page.GetByTestId("access-denied")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("company-tree")).ToHaveCountAsync(0);

        await page.GotoAsync(host.TenantUrl("demo", "/settings/roles"));
        await Expect(page.GetByTestId("access-denied")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("role-matrix")).ToHaveCountAsync(0);
    }

    private static ILocator Cell(IPage page, string role, string permission) =>
        page.Locator($"[data-testid=role-permission][data-role='{role}'][data-permission='{permission}'] input[type=checkbox]");
}
