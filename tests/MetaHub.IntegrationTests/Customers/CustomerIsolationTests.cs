using System.Net;
using MetaHub.IntegrationTests.Infrastructure;
using MetaHub.Kernel.Security;
using MetaHub.Tenancy.Catalog;
using static MetaHub.IntegrationTests.Customers.CustomerApi;

namespace MetaHub.IntegrationTests.Customers;

/// <summary>
/// A customer of one company, with its contacts, history and reminders, cannot be read, changed,
/// deleted or even detected from another company of the group or from another tenant.
/// </summary>
public sealed class CustomerIsolationTests(MetaHubFactory factory) : IClassFixture<MetaHubFactory>
{
    public static TheoryData<TenantPlacement> Placements => [TenantPlacement.Dedicated, TenantPlacement.Shared];

    [Theory]
    [MemberData(nameof(Placements))]
    public async Task EveryCustomerEndpoint_FromAnotherCompany_Answers404AndChangesNothing(TenantPlacement placement)
    {
        var owner = await StartAsync(factory, placement: placement);
        var target = await SeedAsync(owner);
        var subsidiary = await ForAsync(owner.Org, SystemRoles.Owner, owner.Org.Subsidiary);

        await ExpectNotFoundEverywhereAsync(subsidiary, target);
        await ExpectNothingListedAsync(subsidiary);
        await ExpectUnchangedAsync(owner, target);
    }

    [Theory]
    [MemberData(nameof(Placements))]
    public async Task EveryCustomerEndpoint_FromAnotherTenant_Answers404AndChangesNothing(TenantPlacement placement)
    {
        var owner = await StartAsync(factory, placement: placement);
        var target = await SeedAsync(owner);
        var stranger = await StartAsync(factory, placement: placement);
        await stranger.CreateAsync("Yabancının müşterisi");

        await ExpectNotFoundEverywhereAsync(stranger, target);
        (await stranger.NamesAsync()).ShouldBe(["Yabancının müşterisi"]);
        (await stranger.GetAsync($"{Root}/reminders/due")).GetProperty("total").GetInt32().ShouldBe(0);
        (await stranger.GetAsync($"{Root}/duplicates?companyName=Gizli%20M%C3%BC%C5%9Fteri&email=gizli@musteri.com")).GetArrayLength().ShouldBe(0);
        await ExpectUnchangedAsync(owner, target);
    }

    /// <summary>A customer with one of everything, due today so it would show on any dashboard.</summary>
    private static async Task<Target> SeedAsync(CustomerApi owner)
    {
        var customer = await owner.CreateAsync("Gizli Müşteri", email: "gizli@musteri.com", sector: "Gizli Sektör");
        var contact = await owner.AddAsync(customer, "contacts", new { name = "Gizli Kişi" });
        var interaction = await owner.AddAsync(customer, "interactions", new { type = "note", subject = "Gizli not" });
        var reminder = await owner.AddAsync(customer, "reminders", new { title = "Gizli hatırlatma", dueDate = CompanyDay.Today });
        return new Target(customer, contact, interaction, reminder);
    }

    private static async Task ExpectNotFoundEverywhereAsync(CustomerApi other, Target t)
    {
        var customer = new { companyName = "Ele geçirildi" };
        var calls = new (HttpMethod Method, string Path, object? Body)[]
        {
            (HttpMethod.Get, $"{Root}/{t.Customer}", null),
            (HttpMethod.Put, $"{Root}/{t.Customer}?allowDuplicate=true", customer),
            (HttpMethod.Delete, $"{Root}/{t.Customer}", null),
            (HttpMethod.Post, $"{Root}/{t.Customer}/restore", null),
            (HttpMethod.Get, $"{Root}/{t.Customer}/contacts", null),
            (HttpMethod.Post, $"{Root}/{t.Customer}/contacts", new { name = "Sızan" }),
            (HttpMethod.Put, $"{Root}/{t.Customer}/contacts/{t.Contact}", new { name = "Sızan" }),
            (HttpMethod.Delete, $"{Root}/{t.Customer}/contacts/{t.Contact}", null),
            (HttpMethod.Get, $"{Root}/{t.Customer}/interactions", null),
            (HttpMethod.Post, $"{Root}/{t.Customer}/interactions", new { type = "note", subject = "Sızan" }),
            (HttpMethod.Delete, $"{Root}/{t.Customer}/interactions/{t.Interaction}", null),
            (HttpMethod.Get, $"{Root}/{t.Customer}/reminders", null),
            (HttpMethod.Post, $"{Root}/{t.Customer}/reminders", new { title = "Sızan", dueDate = "2030-01-01" }),
            (HttpMethod.Put, $"{Root}/{t.Customer}/reminders/{t.Reminder}", new { title = "Sızan", dueDate = "2030-01-01", isDone = true }),
            (HttpMethod.Delete, $"{Root}/{t.Customer}/reminders/{t.Reminder}", null),
        };
        foreach (var (method, path, body) in calls)
        {
            using var response = await other.SendAsync(method, path, body);
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, $"{method} {path}");
            (await response.Content.ReadAsStringAsync()).ShouldNotContain("Gizli", Case.Insensitive);
        }
    }

    private static async Task ExpectNothingListedAsync(CustomerApi other)
    {
        (await other.NamesAsync()).ShouldBeEmpty();
        (await other.NamesAsync("?search=gizli")).ShouldBeEmpty();
        (await other.GetAsync($"{Root}/sectors")).GetArrayLength().ShouldBe(0);
        (await other.GetAsync($"{Root}/reminders/due")).GetProperty("total").GetInt32().ShouldBe(0);
        (await other.GetAsync($"{Root}/duplicates?companyName=Gizli%20M%C3%BC%C5%9Fteri&email=gizli@musteri.com")).GetArrayLength().ShouldBe(0);
    }

    private static async Task ExpectUnchangedAsync(CustomerApi owner, Target t)
    {
        (await owner.GetAsync($"{Root}/{t.Customer}")).GetProperty("companyName").GetString().ShouldBe("Gizli Müşteri");
        (await owner.GetAsync($"{Root}/{t.Customer}/contacts")).EnumerateArray().ShouldHaveSingleItem().GetProperty("name").GetString().ShouldBe("Gizli Kişi");
        (await owner.GetAsync($"{Root}/{t.Customer}/interactions")).GetProperty("total").GetInt32().ShouldBe(1);
        var reminder = (await owner.GetAsync($"{Root}/{t.Customer}/reminders")).EnumerateArray().ShouldHaveSingleItem();
        reminder.GetProperty("title").GetString().ShouldBe("Gizli hatırlatma");
        reminder.GetProperty("isDone").GetBoolean().ShouldBeFalse();
    }

    private sealed record Target(Guid Customer, Guid Contact, Guid Interaction, Guid Reminder);
}
