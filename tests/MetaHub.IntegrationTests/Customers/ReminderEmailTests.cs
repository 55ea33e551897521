using System.Globalization;
using System.Net;
using MetaHub.Customers.Features.Reminders;
using MetaHub.IntegrationTests.Access;
using MetaHub.IntegrationTests.Infrastructure;
using MetaHub.Kernel.Security;
using MetaHub.Tenancy.Catalog;
using MetaHub.Tenancy.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;
using static MetaHub.IntegrationTests.Customers.CustomerApi;

namespace MetaHub.IntegrationTests.Customers;

/// <summary>
/// The reminder mail (flag <c>customers.reminder-emails</c>): assignees get their due reminders by
/// email, run through the module-job runner as the scheduler runs it, per tenant.
/// </summary>
public sealed class ReminderEmailTests(ReminderEmailTests.LinkedFactory factory) : IClassFixture<ReminderEmailTests.LinkedFactory>
{
    private static readonly CultureInfo Turkish = CultureInfo.GetCultureInfo("tr-TR");
    private readonly PlatformOperators operators = new(factory);

    private static DateOnly Today => CompanyDay.Today;

    [Fact]
    public async Task Run_DueAndOverdueReminders_AssigneeMailedOnceWithOnlyThose()
    {
        var api = await StartAsync(factory);
        var assignee = await api.Org.AddUserAsync(SystemRoles.Employee, [api.Org.Main]);
        var customer = await api.CreateAsync("Anadolu Tekstil");
        var deleted = await api.CreateAsync("Kapanan Firma");
        await api.AddAsync(customer, "reminders", new { title = "Teklifi sor", dueDate = Today.AddDays(-2), assigneeId = assignee.Id });
        await api.AddAsync(customer, "reminders", new { title = "Sözleşmeyi gönder", dueDate = Today, assigneeId = assignee.Id });
        await api.AddAsync(customer, "reminders", new { title = "Gelecek ziyaret", dueDate = Today.AddDays(1), assigneeId = assignee.Id });
        await api.AddAsync(customer, "reminders", new { title = "Biten iş", dueDate = Today.AddDays(-1), assigneeId = assignee.Id, isDone = true });
        await api.AddAsync(customer, "reminders", new { title = "Sahipsiz iş", dueDate = Today });
        await api.AddAsync(deleted, "reminders", new { title = "Silinen müşterinin işi", dueDate = Today.AddDays(-1), assigneeId = assignee.Id });
        using (var removed = await api.SendAsync(HttpMethod.Delete, $"{Root}/{deleted}"))
        {
            removed.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        }

        await RunAsync();
        var mail = await MailServer.Instance.WaitForAsync(assignee.Email);
        await RunAsync();

        mail.Subject.ShouldBe("Zamanı gelen hatırlatmalarınız (2)");
        mail.Text.ShouldNotBeNull();
        mail.Text.ShouldContain("Merhaba Employee Test,");
        mail.Text.ShouldContain("Ana Şirket");
        mail.Text.ShouldContain($"Anadolu Tekstil — Teklifi sor — Gecikti: {Date(Today.AddDays(-2))}");
        mail.Text.ShouldContain($"Anadolu Tekstil — Sözleşmeyi gönder — Bugün ({Date(Today)})");
        mail.Text.ShouldNotContain("Gelecek ziyaret");
        mail.Text.ShouldNotContain("Biten iş");
        mail.Text.ShouldNotContain("Sahipsiz iş");
        mail.Text.ShouldNotContain("Silinen müşterinin işi");
        mail.Link($"/customers/{customer}").Host.ShouldBe($"{api.Org.Tenant.Slug}.metahub.test");
        mail.Html.ShouldNotBeNull();
        mail.Html.ShouldContain($"href=\"https://{api.Org.Tenant.Slug}.metahub.test/customers/{customer}\"");
        (await MailServer.Instance.CountAsync(assignee.Email)).ShouldBe(1);
    }

    [Fact]
    public async Task Run_MailedReminderGivenANewDueDate_MailedAgain_TheOthersNot()
    {
        var api = await StartAsync(factory);
        var customer = await api.CreateAsync("Ege Gıda");
        var moved = await api.AddAsync(customer, "reminders", new { title = "Faturayı hatırlat", dueDate = Today, assigneeId = api.User.Id });
        await api.AddAsync(customer, "reminders", new { title = "Numune gönder", dueDate = Today, assigneeId = api.User.Id });
        await RunAsync();
        await MailServer.Instance.WaitForAsync(api.User.Email, "(2)");

        using var changed = await api.SendAsync(
            HttpMethod.Put, $"{Root}/{customer}/reminders/{moved}", new { title = "Faturayı hatırlat", dueDate = Today.AddDays(-1), assigneeId = api.User.Id });
        await RunAsync();
        var again = await MailServer.Instance.WaitForAsync(api.User.Email, "(1)");

        changed.StatusCode.ShouldBe(HttpStatusCode.OK);
        again.Text.ShouldNotBeNull();
        again.Text.ShouldContain($"Ege Gıda — Faturayı hatırlat — Gecikti: {Date(Today.AddDays(-1))}");
        again.Text.ShouldNotContain("Numune gönder");
        (await MailServer.Instance.CountAsync(api.User.Email)).ShouldBe(2);
    }

    [Fact]
    public async Task Run_FlagSwitchedOffForTheTenant_NoMail_UntilSwitchedBackOn()
    {
        var api = await StartAsync(factory);
        var token = (await operators.SignedInAsync()).AccessToken;
        using var off = await operators.SendAsync(HttpMethod.Put, FlagPath(api.Org.Tenant.Id), new { enabled = false }, token);
        var customer = await api.CreateAsync("Marmara Yapı");
        await api.AddAsync(customer, "reminders", new { title = "Keşif randevusu", dueDate = Today, assigneeId = api.User.Id });

        await RunAsync();
        var whileOff = await MailServer.Instance.CountAsync(api.User.Email);
        using var on = await operators.SendAsync(HttpMethod.Put, FlagPath(api.Org.Tenant.Id), new { enabled = true }, token);
        await RunAsync();
        var mail = await MailServer.Instance.WaitForAsync(api.User.Email);

        off.StatusCode.ShouldBe(HttpStatusCode.OK);
        whileOff.ShouldBe(0);
        on.StatusCode.ShouldBe(HttpStatusCode.OK);
        mail.Text.ShouldNotBeNull();
        mail.Text.ShouldContain("Marmara Yapı — Keşif randevusu");
    }

    [Fact]
    public async Task Run_SameDueDateInCompaniesOfDifferentZones_MailedOnlyWhereThatDateHasCome()
    {
        var org = await Organisation.CreateAsync(factory);
        await org.SetTimeZoneAsync(org.Main, CompanyCalendarTests.Ahead);
        await org.SetTimeZoneAsync(org.Other, CompanyCalendarTests.Behind);
        var ahead = await ForAsync(org, SystemRoles.Owner, org.Main);
        var behind = await ForAsync(org, SystemRoles.Owner, org.Other);
        var date = CompanyDay.In(CompanyCalendarTests.Ahead, DateTimeOffset.UtcNow);
        await ahead.AddAsync(await ahead.CreateAsync("Erken Firma"), "reminders", new { title = "Sabah araması", dueDate = date, assigneeId = ahead.User.Id });
        await behind.AddAsync(await behind.CreateAsync("Geç Firma"), "reminders", new { title = "Akşam araması", dueDate = date, assigneeId = behind.User.Id });

        await RunAsync();
        var mail = await MailServer.Instance.WaitForAsync(ahead.User.Email);

        mail.Text.ShouldNotBeNull();
        mail.Text.ShouldContain($"Erken Firma — Sabah araması — Bugün ({Date(date)})");
        (await MailServer.Instance.CountAsync(behind.User.Email)).ShouldBe(0);
    }

    [Fact]
    public async Task Run_CustomersModuleUnassignedFromTheTenant_TenantSkipped()
    {
        var api = await StartAsync(factory);
        var token = (await operators.SignedInAsync()).AccessToken;
        var customer = await api.CreateAsync("Karadeniz Enerji");
        await api.AddAsync(customer, "reminders", new { title = "Yıllık bakım", dueDate = Today, assigneeId = api.User.Id });
        using var unassigned = await operators.SendAsync(HttpMethod.Delete, $"/api/platform/modules/customers/tenants/{api.Org.Tenant.Id}", accessToken: token);

        await RunAsync();
        var whileUnassigned = await MailServer.Instance.CountAsync(api.User.Email);
        using var assigned = await operators.SendAsync(HttpMethod.Put, $"/api/platform/modules/customers/tenants/{api.Org.Tenant.Id}", accessToken: token);
        await RunAsync();
        var mail = await MailServer.Instance.WaitForAsync(api.User.Email);

        unassigned.StatusCode.ShouldBe(HttpStatusCode.OK);
        whileUnassigned.ShouldBe(0);
        assigned.StatusCode.ShouldBe(HttpStatusCode.OK);
        mail.Text.ShouldNotBeNull();
        mail.Text.ShouldContain("Karadeniz Enerji — Yıllık bakım");
    }

    [Fact]
    public async Task Run_TwoTenantsAndTwoCompanies_EachAssigneeMailedOnlyTheirOwn_OneMailAcrossCompanies()
    {
        var main = await StartAsync(factory);
        var other = await ForAsync(main.Org, SystemRoles.Owner, main.Org.Other);
        var both = await main.Org.AddUserAsync(SystemRoles.Employee, [main.Org.Main, main.Org.Other]);
        var elsewhere = await StartAsync(factory);
        var mainCustomer = await main.CreateAsync("Ana Müşteri");
        var otherCustomer = await other.CreateAsync("Diğer Müşteri");
        var foreignCustomer = await elsewhere.CreateAsync("Öteki Kiracının Müşterisi");
        await main.AddAsync(mainCustomer, "reminders", new { title = "Ana iş", dueDate = Today, assigneeId = main.User.Id });
        await main.AddAsync(mainCustomer, "reminders", new { title = "Ortak ana iş", dueDate = Today, assigneeId = both.Id });
        await other.AddAsync(otherCustomer, "reminders", new { title = "Diğer iş", dueDate = Today, assigneeId = other.User.Id });
        await other.AddAsync(otherCustomer, "reminders", new { title = "Ortak diğer iş", dueDate = Today, assigneeId = both.Id });
        await elsewhere.AddAsync(foreignCustomer, "reminders", new { title = "Öteki iş", dueDate = Today, assigneeId = elsewhere.User.Id });

        await RunAsync();
        var mainMail = await MailServer.Instance.WaitForAsync(main.User.Email);
        var otherMail = await MailServer.Instance.WaitForAsync(other.User.Email);
        var bothMail = await MailServer.Instance.WaitForAsync(both.Email);
        var foreignMail = await MailServer.Instance.WaitForAsync(elsewhere.User.Email);

        Lines(mainMail).ShouldBe(["Ana Şirket", "Ana Müşteri — Ana iş"]);
        Lines(otherMail).ShouldBe(["Diğer Şirket", "Diğer Müşteri — Diğer iş"]);
        Lines(bothMail).ShouldBe(["Ana Şirket", "Ana Müşteri — Ortak ana iş", "Diğer Şirket", "Diğer Müşteri — Ortak diğer iş"]);
        Lines(foreignMail).ShouldBe(["Ana Şirket", "Öteki Kiracının Müşterisi — Öteki iş"]);
        foreignMail.Text!.ShouldContain(elsewhere.Org.Tenant.Name);
        mainMail.Text!.ShouldNotContain(elsewhere.Org.Tenant.Name);
        (await MailServer.Instance.CountAsync(both.Email)).ShouldBe(1);
    }

    [Fact]
    public async Task Run_ATenantWhoseDatabaseCannotBeOpened_LoggedAndTheNextTenantStillMailed()
    {
        var broken = await StartAsync(factory);
        var customer = await broken.CreateAsync("Ulaşılamayan Müşteri");
        await broken.AddAsync(customer, "reminders", new { title = "Kayıp iş", dueDate = Today, assigneeId = broken.User.Id });
        var (name, cipher) = await RepointDatabaseAsync(broken.Org.Tenant.DatabaseId, d => ("missing_" + d.Name, d.ConnectionStringCipher is null ? null : "not-a-cipher"));
        try
        {
            var healthy = await StartAsync(factory);
            var other = await healthy.CreateAsync("Sağlam Müşteri");
            await healthy.AddAsync(other, "reminders", new { title = "Yapılacak iş", dueDate = Today, assigneeId = healthy.User.Id });

            await RunAsync();
            var mail = await MailServer.Instance.WaitForAsync(healthy.User.Email);

            mail.Text!.ShouldContain("Sağlam Müşteri — Yapılacak iş");
            (await MailServer.Instance.CountAsync(broken.User.Email)).ShouldBe(0);
            factory.Logs.ShouldContain(l => l.Level == LogLevel.Error
                && l.Message == $"[JOB] customers.reminder-emails failed for tenant {broken.Org.Tenant.Slug}; the other tenants still run");
        }
        finally
        {
            // The database back, so the other tests' runs log no failure of this tenant.
            await RepointDatabaseAsync(broken.Org.Tenant.DatabaseId, _ => (name, cipher));
        }
    }

    /// <summary>
    /// Points the tenant database's catalog record elsewhere, as if the database were gone: another
    /// file on SQLite, unreadable credentials on PostgreSQL. Returns what it was.
    /// </summary>
    private async Task<(string Name, string? Cipher)> RepointDatabaseAsync(Guid databaseId, Func<TenantDatabase, (string Name, string? Cipher)> change)
    {
        await using var catalog = await factory.CatalogAsync();
        var database = await catalog.TenantDatabases.SingleAsync(d => d.Id == databaseId);
        var before = (database.Name, database.ConnectionStringCipher);
        (database.Name, database.ConnectionStringCipher) = change(database);
        await catalog.SaveChangesAsync();
        return before;
    }

    private static string FlagPath(Guid tenantId) => $"/api/platform/modules/customers/tenants/{tenantId}/flags/reminder-emails";

    private static string Date(DateOnly date) => date.ToString("d", Turkish);

    /// <summary>The company headings and reminder lines of a mail, without the due dates and links.</summary>
    private static string[] Lines(MailServer.ReceivedMail mail)
    {
        var lines = mail.Text!.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        var intro = Array.FindIndex(lines, l => l.EndsWith("geçmiş durumda:", StringComparison.Ordinal));
        return
        [
            .. lines[(intro + 1)..]
                .TakeWhile(l => !l.StartsWith("Bu e-postayı", StringComparison.Ordinal))
                .Where(l => l.Length > 0 && !l.StartsWith("  http", StringComparison.Ordinal))
                .Select(l => l.StartsWith("- ", StringComparison.Ordinal) ? l[2..l.LastIndexOf(" — ", StringComparison.Ordinal)] : l),
        ];
    }

    /// <summary>One firing of the job, as the scheduler would fire it; the scheduler's own firings are paused so only these run.</summary>
    private async Task RunAsync()
    {
        var scheduler = await factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await scheduler.PauseJob(new JobKey(ReminderEmailsJob.Definition.Code));
        await factory.Services.GetRequiredService<TenantJobRunner>().RunAsync(ReminderEmailsJob.Definition.Code, CancellationToken.None);
    }

    /// <summary>A host with a public address, so the mails link to the customers.</summary>
    public sealed class LinkedFactory() : MetaHubFactory(
        "Development", new Dictionary<string, string?>(StringComparer.Ordinal) { ["MetaHub:Auth:PublicUrl"] = "https://{tenant}.metahub.test" });
}
