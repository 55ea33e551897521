using MetaHub.E2E.Infrastructure;
using MetaHub.IntegrationTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MetaHub.E2E;

/// <summary>
/// A member's life as people live it: invited by email, joining through the mailed link, keeping
/// their own details and password; and a page refused inside the app showing up in the audit log.
/// </summary>
public sealed class MemberLifecycleTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task Owner_InvitesByEmail_InviteeJoinsThroughTheLink_RevokedLinkStopsWorking()
    {
        const string invitee = "deniz.aksoy@example.com";
        const string revoked = "yanlis.adres@example.com";
        const string password = "Davetli.Parola-2026";
        var owner = await NewPageAsync();
        await DemoSignIn.IntoCompanyAsync(host, owner, "owner@demo.local", "SEO Birimi");
        await owner.GetByTestId("nav-members").ClickAsync();
        await Expect(owner.GetByTestId("invitations-empty")).ToBeVisibleAsync();

        await owner.GetByTestId("invite-open").ClickAsync();
        await owner.GetByTestId("invite-send").ClickAsync();
        await Expect(owner.GetByTestId("invite-dialog")).ToContainTextAsync("Bir rol seçin.");
        await InviteAsync(owner, invitee, "Deniz", "Aksoy", "Employee");
        await InviteAsync(owner, revoked, "Yanlış", "Adres", "Intern");
        await Expect(owner.GetByTestId("invitation-row")).ToHaveCountAsync(2);

        await owner.Locator($"[data-testid=invitation-row][data-email='{revoked}'] [data-testid=invitation-revoke]").ClickAsync();
        await owner.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Daveti geri al" }).ClickAsync();
        await Expect(owner.GetByTestId("invitation-row")).ToHaveCountAsync(1);

        var newcomer = await NewPageAsync();
        await newcomer.GotoAsync((await MailServer.Instance.WaitForAsync(revoked)).Link("/account/invitation").ToString());
        await Expect(newcomer.GetByTestId("invitation-invalid")).ToBeVisibleAsync();

        var link = (await MailServer.Instance.WaitForAsync(invitee)).Link("/account/invitation");
        link.Host.ShouldBe("demo.localhost");
        await newcomer.GotoAsync(link.ToString());
        await Expect(newcomer.GetByTestId("invitation-offer")).ToContainTextAsync("SEO Birimi");
        await newcomer.GetByTestId("invitation-password").FillAsync(password);
        await newcomer.GetByTestId("invitation-confirm").FillAsync(password);
        await newcomer.GetByTestId("invitation-submit").ClickAsync();
        await Expect(newcomer.GetByTestId("invitation-accepted")).ToBeVisibleAsync();

        await Expect(newcomer.GetByTestId("invitation-login")).ToHaveAttributeAsync("href", "/account/login");
        await DemoSignIn.EnrolAsync(host, newcomer, invitee, password);
        await newcomer.GetByTestId("enrol-continue").ClickAsync();
        await newcomer.Locator("[data-testid=pick-company][data-company='SEO Birimi']").ClickAsync();
        await Expect(newcomer.GetByTestId("company-switcher")).ToContainTextAsync("SEO Birimi");

        await owner.ReloadAsync();
        await Expect(owner.GetByTestId("invitations-empty")).ToBeVisibleAsync();
        await Expect(owner.Locator("[data-testid=member-role][data-email='deniz.aksoy@example.com']")).ToHaveValueAsync("Employee");
    }

    [Fact]
    public async Task Employee_EditsTheirDetails_AndChangesTheirPassword()
    {
        const string email = "employee@demo.local";
        const string newPassword = "Degisen.Parola-2026";
        var page = await NewPageAsync();
        await DemoSignIn.IntoCompanyAsync(host, page, email, "SEO Birimi");
        await page.GetByTestId("profile-link").ClickAsync();

        await Expect(page.GetByTestId("profile-email")).ToHaveValueAsync(email);
        await page.GetByTestId("profile-first-name").FillAsync("");
        await page.GetByTestId("profile-phone").FillAsync("ara beni");
        await page.GetByTestId("profile-save").ClickAsync();
        await Expect(page.GetByTestId("profile-details")).ToContainTextAsync("Zorunlu alan");
        await page.GetByTestId("profile-first-name").FillAsync("Elif");
        await page.GetByTestId("profile-phone").FillAsync("+90 532 111 22 33");
        await page.GetByTestId("profile-save").ClickAsync();
        await Expect(page.Locator(".mud-snackbar")).ToContainTextAsync("kaydedildi");
        await page.ReloadAsync();
        await DemoSignIn.InteractiveAsync(page);
        await Expect(page.GetByTestId("profile-first-name")).ToHaveValueAsync("Elif");
        await Expect(page.GetByTestId("profile-phone")).ToHaveValueAsync("+90 532 111 22 33");

        await page.GetByTestId("password-current").FillAsync("Yanlis.Parola-1");
        await page.GetByTestId("password-new").FillAsync(newPassword);
        await page.GetByTestId("password-confirm").FillAsync(newPassword);
        await page.GetByTestId("password-save").ClickAsync();
        await Expect(page.GetByTestId("profile-password")).ToContainTextAsync("Mevcut parola yanlış.");
        await page.GetByTestId("password-current").FillAsync(DemoSignIn.Password);
        await page.GetByTestId("password-save").ClickAsync();
        await Expect(page.Locator(".mud-snackbar")).ToContainTextAsync("Parolanız değişti");

        // The session that changed it stays open; the new password is the one that signs in now.
        await page.ReloadAsync();
        await Expect(page.GetByTestId("profile-details")).ToBeVisibleAsync();
        await using var oldAnswer = await SignInByApiAsync(page, email, DemoSignIn.Password);
        await using var newAnswer = await SignInByApiAsync(page, email, newPassword);
        oldAnswer.Status.ShouldBe(401);
        newAnswer.Status.ShouldBe(200);
    }

    [Fact]
    public async Task Intern_NavigatesToAForbiddenPageInsideTheApp_AdminSeesTheRefusalInTheAuditLog()
    {
        var intern = await NewPageAsync();
        await DemoSignIn.IntoCompanyAsync(host, intern, "intern@demo.local", "SEO Birimi");
        await intern.EvaluateAsync("Blazor.navigateTo('/settings/audit')");
        await Expect(intern.GetByTestId("access-denied")).ToBeVisibleAsync();
        await Expect(intern.Locator("[data-interactive=true]")).ToHaveCountAsync(1);

        var admin = await NewPageAsync();
        await DemoSignIn.IntoCompanyAsync(host, admin, "admin@demo.local", "SEO Birimi");
        await admin.GetByTestId("nav-audit").ClickAsync();
        await admin.GetByTestId("audit-action").ClickAsync();
        await admin.Locator(".mud-popover-open").GetByText("ACCESS_DENIED", new() { Exact = true }).ClickAsync();
        await Expect(admin.GetByTestId("audit-row-action")).ToHaveCountAsync(1);
        await admin.GetByTestId("audit-row-details").ClickAsync();
        await Expect(admin.GetByTestId("audit-details")).ToContainTextAsync("NAVIGATE");
        await Expect(admin.GetByTestId("audit-details")).ToContainTextAsync("/settings/audit");
    }

    private static async Task InviteAsync(IPage owner, string email, string firstName, string lastName, string role)
    {
        if (!await owner.GetByTestId("invite-dialog").IsVisibleAsync())
        {
            await owner.GetByTestId("invite-open").ClickAsync();
        }

        await owner.GetByTestId("invite-email").FillAsync(email);
        await owner.GetByTestId("invite-first-name").FillAsync(firstName);
        await owner.GetByTestId("invite-last-name").FillAsync(lastName);
        await owner.GetByTestId("invite-role").ClickAsync();
        await owner.Locator(".mud-popover-open").GetByText(role, new() { Exact = true }).ClickAsync();
        await owner.GetByTestId("invite-send").ClickAsync();
        await Expect(owner.Locator(".mud-snackbar").Last).ToContainTextAsync(email);
        await Expect(owner.GetByTestId("invite-dialog")).ToHaveCountAsync(0);
    }

    // Outside the browser *.localhost does not resolve: the API is asked on loopback, naming the tenant in its header.
    private Task<IAPIResponse> SignInByApiAsync(IPage page, string email, string password) =>
        page.Context.APIRequest.PostAsync($"http://127.0.0.1:{host.Port}/api/auth/login", new()
        {
            DataObject = new { email, password },
            Headers = new Dictionary<string, string> { ["x-tenant"] = "demo" },
        });

    private async Task<IPage> NewPageAsync()
    {
        var context = await host.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "tr-TR" });
        return await context.NewPageAsync();
    }
}
