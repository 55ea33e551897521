using System.Text.RegularExpressions;
using MetaHub.E2E.Infrastructure;
using MetaHub.IntegrationTests.Infrastructure;
using MetaHub.Onboarding.Provisioning;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MetaHub.E2E;

/// <summary>The live progress page a new customer watches while their workspace is provisioned.</summary>
public sealed class ProvisioningProgressTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task ProgressPage_FollowsTheHubToCompletion_ThenSendsThePersonToTheNewWorkspacesSignIn()
    {
        var slug = "canli-" + Guid.NewGuid().ToString("N")[..8];
        var registrationId = await VerifiedSignUpAsync(slug);
        await using var context = await host.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "tr-TR" });
        var page = await context.NewPageAsync();

        // The page is open and subscribed before the job starts (the job waits its configured 3 s).
        await host.Services.GetRequiredService<ProvisioningScheduler>().ScheduleAsync(registrationId, CancellationToken.None);
        await page.GotoAsync($"http://localhost:{host.Port}/register/progress/{registrationId}");
        await Expect(page.GetByTestId("progress-step")).ToHaveCountAsync(9);
        await Expect(page.Locator("[data-testid=progress-step].done")).Not.ToHaveCountAsync(9);

        await Expect(page).ToHaveURLAsync(
            new Regex($"^http://{slug}\\.localhost:{host.Port}/account/login\\?message=tenant-created", RegexOptions.None, TimeSpan.FromSeconds(1)),
            new() { Timeout = 60_000 });
        await Expect(page.GetByTestId("login-email")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task ProgressPage_UnknownSignUp_SaysSo()
    {
        await using var context = await host.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "tr-TR" });
        var page = await context.NewPageAsync();

        await page.GotoAsync($"http://localhost:{host.Port}/register/progress/{Guid.NewGuid()}");

        await Expect(page.GetByTestId("progress-unknown")).ToBeVisibleAsync();
    }

    private async Task<Guid> VerifiedSignUpAsync(string slug) =>
        (await VerifiedSignUp.CreateAsync(host.Services, slug, "Canli.Ajans-2026", $"http://localhost:{host.Port}")).Id;
}
