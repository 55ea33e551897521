using MetaHub.IntegrationTests.Customers;
using MetaHub.IntegrationTests.Infrastructure;
using MetaHub.IntegrationTests.Leads;
using MetaHub.Kernel.Security;

namespace MetaHub.IntegrationTests.Access;

/// <summary>
/// "Today" is the company's: follow-ups and reminders fall due at the midnight of the time zone in
/// its settings. Kiritimati (UTC+14) is always one or two dates ahead of Pago Pago (UTC−11), so the
/// two companies disagree about "today" at any hour the tests run (the reminder mail too:
/// <see cref="ReminderEmailTests"/>).
/// </summary>
public sealed class CompanyCalendarTests(MetaHubFactory factory) : IClassFixture<MetaHubFactory>
{
    public const string Ahead = "Pacific/Kiritimati";
    public const string Behind = "Pacific/Pago_Pago";

    [Fact]
    public async Task TodayFollowUps_SameDateInTwoZones_DueOnlyWhereThatDateHasCome()
    {
        var org = await LeadsApi.OrganisationAsync(factory);
        await ZonesAsync(org);
        var manager = await org.AddUserAsync(SystemRoles.Manager, [org.Main, org.Other]);
        var ahead = await org.TokenForAsync(manager, org.Main);
        var behind = await org.TokenForAsync(manager, org.Other);
        var date = Day(CompanyDay.In(Ahead, DateTimeOffset.UtcNow));
        var dueAhead = await LeadsApi.CreateAsync(org, ahead, new { companyName = "Erken Ltd", nextContactDate = date });
        await LeadsApi.CreateAsync(org, behind, new { companyName = "Geç Ltd", nextContactDate = date });

        var aheadDue = await LeadsApi.GetAsync(org, ahead, "/api/v1/leads/today-followups");
        var behindDue = await LeadsApi.GetAsync(org, behind, "/api/v1/leads/today-followups");

        aheadDue.GetProperty("items").EnumerateArray().ShouldHaveSingleItem().GetProperty("id").GetGuid().ShouldBe(dueAhead);
        behindDue.GetProperty("total").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task DueReminders_SameDateInTwoZones_OverdueOnlyWhereThatDateHasPassed()
    {
        var org = await Organisation.CreateAsync(factory);
        await ZonesAsync(org);
        var ahead = await CustomerApi.ForAsync(org, SystemRoles.Owner, org.Main);
        var behind = await CustomerApi.ForAsync(org, SystemRoles.Owner, org.Other);
        var date = CompanyDay.In(Behind, DateTimeOffset.UtcNow);
        foreach (var api in new[] { ahead, behind })
        {
            await api.AddAsync(await api.CreateAsync("Hatırlatmalı Firma"), "reminders", new { title = "Ara", dueDate = date });
        }

        var aheadDue = await ahead.GetAsync($"{CustomerApi.Root}/reminders/due");
        var behindDue = await behind.GetAsync($"{CustomerApi.Root}/reminders/due");

        aheadDue.GetProperty("items").EnumerateArray().ShouldHaveSingleItem().GetProperty("overdue").GetBoolean().ShouldBeTrue();
        behindDue.GetProperty("items").EnumerateArray().ShouldHaveSingleItem().GetProperty("overdue").GetBoolean().ShouldBeFalse();
    }

    /// <summary>The main company keeps Kiritimati's calendar, the other company Pago Pago's.</summary>
    private static async Task ZonesAsync(Organisation org)
    {
        await org.SetTimeZoneAsync(org.Main, Ahead);
        await org.SetTimeZoneAsync(org.Other, Behind);
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
