using MetaHub.E2E.Infrastructure;
using MetaHub.IntegrationTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MetaHub.E2E;

/// <summary>A forgotten password, recovered through the email a real SMTP server received.</summary>
public sealed class AccountRecoveryTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task ForgotPassword_LinkFromTheEmail_SetsANewPasswordThatSignsIn()
    {
        const string email = "employee@demo.local";
        const string newPassword = "Yeni.Parola-2026";
        await using var context = await host.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "tr-TR" });
        var page = await context.NewPageAsync();

        await page.GotoAsync(host.TenantUrl("demo", "/account/login"));
        await page.GetByTestId("login-forgot").ClickAsync();
        await page.GetByTestId("forgot-email").FillAsync(email);
        await page.GetByTestId("forgot-submit").ClickAsync();
        await Expect(page.GetByTestId("forgot-sent")).ToBeVisibleAsync();

        var link = (await MailServer.Instance.WaitForAsync(email, "parola")).Link("/account/reset-password");
        link.Host.ShouldBe("demo.localhost");
        await page.GotoAsync(link.ToString());
        await page.GetByTestId("reset-password").FillAsync("kisa");
        await page.GetByTestId("reset-confirm").FillAsync("kisa");
        await page.GetByTestId("reset-submit").ClickAsync();
        await Expect(page.GetByTestId("error-newPassword").First).ToContainTextAsync("en az 10 karakter");

        await page.GetByTestId("reset-password").FillAsync(newPassword);
        await page.GetByTestId("reset-confirm").FillAsync(newPassword);
        await page.GetByTestId("reset-submit").ClickAsync();
        await Expect(page.GetByTestId("reset-done")).ToBeVisibleAsync();

        await page.GetByTestId("reset-login").ClickAsync();
        await page.GetByTestId("login-email").FillAsync(email);
        await page.GetByTestId("login-password").FillAsync(DemoSignIn.Password);
        await page.GetByTestId("login-submit").ClickAsync();
        await Expect(page.GetByTestId("login-error")).ToBeVisibleAsync();

        await page.GetByTestId("login-password").FillAsync(newPassword);
        await page.GetByTestId("login-submit").ClickAsync();
        await Expect(page.GetByTestId("shared-key")).ToBeVisibleAsync();
    }
}
