using System.Text.RegularExpressions;
using MetaHub.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MetaHub.E2E;

/// <summary>
/// The agency's day with the first two business modules: a customer with a contact and a call, a lead
/// dragged through the pipeline to won and converted, and the new customer found in the list.
/// </summary>
public sealed class CustomerLeadJourneyTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    /// <summary>The class a lit sidebar link carries.</summary>
    private static readonly Regex Active = new(@"\bactive\b", RegexOptions.None, TimeSpan.FromSeconds(1));

    private static readonly string[] Pipeline = ["new", "contacted", "meeting_scheduled", "proposal_sent", "negotiation", "won"];

    [Fact]
    public async Task Manager_CreatesCustomerAndWinsLead_ConvertedCustomerIsListed()
    {
        await using var context = await host.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "tr-TR" });
        var page = await context.NewPageAsync();
        await DemoSignIn.IntoCompanyAsync(host, page, "owner@demo.local", "Dijital AŞ");
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var customerName = $"Kuzey Yapı {suffix}";
        var leadName = $"Güney Turizm {suffix}";

        await page.Locator("[data-testid=nav-module][data-module=customers]").ClickAsync();
        await page.GetByTestId("customer-new").ClickAsync();
        await page.GetByTestId("customer-company").FillAsync(customerName);
        await page.GetByTestId("customer-email").FillAsync($"info@kuzey{suffix}.com.tr");
        await page.GetByTestId("customer-phone").FillAsync("+90 532 111 22 33");
        await page.GetByTestId("customer-save").ClickAsync();
        await Expect(page.Locator("h1")).ToContainTextAsync(customerName);
        await page.GetByTestId("tab-contacts").ClickAsync();
        await page.GetByTestId("contact-new").ClickAsync();
        await page.GetByTestId("contact-name").FillAsync("Ayşe Kaya");
        await page.GetByTestId("contact-save").ClickAsync();
        await Expect(page.Locator("[data-testid=contact-row]", new() { HasText = "Ayşe Kaya" })).ToBeVisibleAsync();

        await page.GetByTestId("tab-history").ClickAsync();
        await page.GetByTestId("interaction-new").ClickAsync();
        await page.GetByTestId("interaction-subject").FillAsync("Tanışma görüşmesi");
        await page.GetByTestId("interaction-save").ClickAsync();
        await Expect(page.Locator("[data-testid=interaction-row]", new() { HasText = "Tanışma görüşmesi" })).ToBeVisibleAsync();

        // The follow-ups lights its own link only, not the pipeline's whose address it starts with.
        var pipelineLink = page.Locator("[data-testid=nav-module][data-module=leads]");
        var followUpsLink = page.Locator("[data-testid=nav-module-link][data-module=leads]");
        await followUpsLink.ClickAsync();
        await Expect(followUpsLink).ToHaveClassAsync(Active);
        await Expect(pipelineLink).Not.ToHaveClassAsync(Active);

        await pipelineLink.ClickAsync();
        await Expect(pipelineLink).ToHaveClassAsync(Active);
        await page.GetByTestId("lead-new").ClickAsync();
        await page.GetByTestId("lead-company").FillAsync(leadName);
        await page.GetByTestId("lead-contact").FillAsync("Mehmet Demir");
        await page.GetByTestId("lead-email").FillAsync($"mehmet@guney{suffix}.com");
        await page.GetByTestId("lead-value").FillAsync("45000");
        await page.GetByTestId("lead-save").ClickAsync();
        var card = page.Locator("[data-testid=lead-card]", new() { HasText = leadName });
        await Expect(Column(page, "new").Locator("[data-testid=lead-card]", new() { HasText = leadName })).ToBeVisibleAsync();

        foreach (var status in Pipeline[1..])
        {
            await card.DragToAsync(Column(page, status));
            await Expect(Column(page, status).Locator("[data-testid=lead-card]", new() { HasText = leadName })).ToBeVisibleAsync();
        }

        await page.ReloadAsync();
        await DemoSignIn.InteractiveAsync(page);
        await Expect(Column(page, "won").Locator("[data-testid=lead-card]", new() { HasText = leadName })).ToBeVisibleAsync();
        await card.GetByTestId("lead-card-company").ClickAsync();
        await Expect(page.Locator("h1")).ToContainTextAsync(leadName);
        await page.GetByTestId("lead-convert").ClickAsync();
        await page.GetByTestId("lead-convert-confirm").ClickAsync();
        await Expect(page.GetByTestId("lead-customer-link")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("lead-convert")).ToHaveCountAsync(0);

        await page.Locator("[data-testid=nav-module][data-module=customers]").ClickAsync();
        await page.GetByTestId("customer-search").FillAsync(leadName);
        await Expect(page.Locator("[data-testid=customer-row]", new() { HasText = leadName })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("customer-row")).ToHaveCountAsync(1);
    }

    private static ILocator Column(IPage page, string status) => page.Locator($"[data-testid=lead-column][data-status={status}]");
}
