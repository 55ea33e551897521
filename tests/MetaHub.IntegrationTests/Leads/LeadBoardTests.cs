using System.Net;
using MetaHub.IntegrationTests.Infrastructure;
using MetaHub.Kernel.Security;
using MetaHub.Kernel.Tenancy;
using MetaHub.Leads.Features.FollowUps;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace MetaHub.IntegrationTests.Leads;

/// <summary>The pipeline board (counts and totals per currency) and today's follow-ups, on a clock the tests hold still.</summary>
public sealed class LeadBoardTests(LeadBoardTests.ClockFactory factory) : IClassFixture<LeadBoardTests.ClockFactory>
{
    [Fact]
    public async Task Pipeline_LeadsInSeveralStatusesAndCurrencies_CountsAndTotalsEveryColumn()
    {
        var org = await LeadsApi.OrganisationAsync(factory);
        var manager = await org.AddUserAsync(SystemRoles.Manager, [org.Main]);
        var employee = await org.AddUserAsync(SystemRoles.Employee, [org.Main]);
        var token = await org.TokenForAsync(manager, org.Main);
        await LeadsApi.CreateAsync(org, token, new { companyName = "ABC Ltd", expectedValue = 15000, currency = "TRY", assigneeId = employee.Id, nextContactDate = "2026-12-20" });
        await LeadsApi.CreateAsync(org, token, new { companyName = "MNO Ltd", expectedValue = 5000.50m, currency = "TRY" });
        await LeadsApi.CreateAsync(org, token, new { companyName = "Global Inc", expectedValue = 1200, currency = "USD" });
        await LeadsApi.CreateAsync(org, token, new { companyName = "Değersiz AŞ" });
        await LeadsApi.CreateAsync(org, token, new { companyName = "Para Birimli AŞ", status = "contacted", currency = "EUR" });
        await LeadsApi.CreateAsync(org, token, new { companyName = "Final Ltd", status = "negotiation", expectedValue = 50000, currency = "TRY" });
        await LeadsApi.CreateAsync(org, token, new { companyName = "Kayıp Ltd", status = "lost", lostReason = "Bütçe yok", expectedValue = 700, currency = "EUR" });

        using var response = await org.SendAsync(HttpMethod.Get, "/api/v1/leads/pipeline", accessToken: token);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var columns = (await response.JsonAsync()).EnumerateArray().ToList();
        columns.Select(c => c.GetProperty("status").GetString())
            .ShouldBe(["new", "contacted", "meeting_scheduled", "proposal_sent", "negotiation", "won", "lost"]);
        columns.Select(c => c.GetProperty("count").GetInt32()).ShouldBe([4, 1, 0, 0, 1, 0, 1]);
        var fresh = columns[0];
        fresh.GetProperty("totals").EnumerateArray().Select(t => (t.GetProperty("currency").GetString(), t.GetProperty("amount").GetDecimal()))
            .ShouldBe([("TRY", 20000.50m), ("USD", 1200m)]);
        columns[1].GetProperty("totals").GetArrayLength().ShouldBe(0);
        columns[6].GetProperty("totals")[0].GetProperty("currency").GetString().ShouldBe("EUR");
        var cards = fresh.GetProperty("cards").EnumerateArray().ToList();
        cards.Select(c => c.GetProperty("companyName").GetString()).ShouldBe(["ABC Ltd", "Değersiz AŞ", "Global Inc", "MNO Ltd"]);
        cards[0].GetProperty("assigneeName").GetString().ShouldBe("Employee Test");
        cards[0].GetProperty("nextContactDate").GetString().ShouldBe("2026-12-20");
        cards[0].GetProperty("expectedValue").GetDecimal().ShouldBe(15000m);
        cards[0].GetProperty("currency").GetString().ShouldBe("TRY");
    }

    [Fact]
    public async Task TodayFollowUps_OpenLeadsDueTodayOrEarlier_AreListedOldestFirstWithOverdueFlagged()
    {
        var org = await LeadsApi.OrganisationAsync(factory);
        var manager = await org.AddUserAsync(SystemRoles.Manager, [org.Main]);
        var token = await org.TokenForAsync(manager, org.Main);
        var today = factory.Today;
        var dueToday = await LeadsApi.CreateAsync(org, token, new { companyName = "Bugün Ltd", nextContactDate = Day(today) });
        var overdue = await LeadsApi.CreateAsync(org, token, new { companyName = "Gecikmiş Ltd", status = "contacted", nextContactDate = Day(today.AddDays(-3)) });
        await LeadsApi.CreateAsync(org, token, new { companyName = "Yarın Ltd", nextContactDate = Day(today.AddDays(1)) });
        await LeadsApi.CreateAsync(org, token, new { companyName = "Tarihsiz Ltd" });
        await LeadsApi.CreateAsync(org, token, new { companyName = "Kazanılmış Ltd", status = "won", nextContactDate = Day(today.AddDays(-1)) });
        await LeadsApi.CreateAsync(org, token, new { companyName = "Kayıp Ltd", status = "lost", lostReason = "Vazgeçti", nextContactDate = Day(today) });

        var due = await LeadsApi.GetAsync(org, token, "/api/v1/leads/today-followups");

        due.GetProperty("total").GetInt32().ShouldBe(2);
        var items = due.GetProperty("items").EnumerateArray().ToList();
        items.Select(i => i.GetProperty("id").GetGuid()).ShouldBe([overdue, dueToday]);
        items.Select(i => i.GetProperty("overdue").GetBoolean()).ShouldBe([true, false]);
        items[0].GetProperty("nextContactDate").GetString().ShouldBe(Day(today.AddDays(-3)));
        items[0].GetProperty("status").GetString().ShouldBe("contacted");
    }

    [Fact]
    public async Task TodayFollowUps_Mine_KeepsTheCallersOwn()
    {
        var org = await LeadsApi.OrganisationAsync(factory);
        var manager = await org.AddUserAsync(SystemRoles.Manager, [org.Main]);
        var employee = await org.AddUserAsync(SystemRoles.Employee, [org.Main]);
        var managerToken = await org.TokenForAsync(manager, org.Main);
        var today = Day(factory.Today);
        var mine = await LeadsApi.CreateAsync(org, managerToken, new { companyName = "Benim Ltd", nextContactDate = today, assigneeId = employee.Id });
        await LeadsApi.CreateAsync(org, managerToken, new { companyName = "Onun Ltd", nextContactDate = today, assigneeId = manager.Id });
        await LeadsApi.CreateAsync(org, managerToken, new { companyName = "Kimsenin Ltd", nextContactDate = today });
        var token = await org.TokenForAsync(employee, org.Main);

        var own = await LeadsApi.GetAsync(org, token, "/api/v1/leads/today-followups?mine=true");
        var all = await LeadsApi.GetAsync(org, token, "/api/v1/leads/today-followups");

        own.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ShouldBe([mine]);
        own.GetProperty("items")[0].GetProperty("assigneeName").GetString().ShouldBe("Employee Test");
        all.GetProperty("total").GetInt32().ShouldBe(3);
    }

    [Fact]
    public async Task TodayFollowUps_NextDay_IncludesWhatWasDueTomorrowAndFlagsTodaysOverdue()
    {
        // A host of its own: its clock moves a day, which the other tests' sign-ins must not see.
        await using var host = new ClockFactory();
        var org = await LeadsApi.OrganisationAsync(host);
        var manager = await org.AddUserAsync(SystemRoles.Manager, [org.Main]);
        var token = await org.TokenForAsync(manager, org.Main);
        var today = host.Today;
        var tomorrow = await LeadsApi.CreateAsync(org, token, new { companyName = "Yarın Ltd", nextContactDate = Day(today.AddDays(1)) });
        var todays = await LeadsApi.CreateAsync(org, token, new { companyName = "Bugün Ltd", nextContactDate = Day(today) });

        host.Clock.Advance(TimeSpan.FromDays(1));

        // Access tokens are checked against the real clock, so the next day is read through the use case itself.
        await using var scope = await host.ScopeAsync(org.Tenant, tenantId => DataScope.ForCompany(tenantId, org.Main.Id));
        var due = await scope.ServiceProvider.GetRequiredService<LeadFollowUps>().DueAsync(mine: false, page: 1, pageSize: 25, CancellationToken.None);
        due.Items.Select(i => (i.Id, i.Overdue)).ShouldBe([(todays, true), (tomorrow, false)]);
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The host with a clock that moves only when a test moves it, so "today" cannot turn over mid-test.</summary>
    public sealed class ClockFactory : MetaHubFactory
    {
        public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

        public DateOnly Today => CompanyDay.In(CompanyDay.DefaultZone, Clock.GetUtcNow());

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock)));
        }
    }
}
