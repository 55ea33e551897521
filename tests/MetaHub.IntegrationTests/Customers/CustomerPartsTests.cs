using System.Net;
using MetaHub.IntegrationTests.Infrastructure;
using MetaHub.Kernel.Security;
using static MetaHub.IntegrationTests.Customers.CustomerApi;

namespace MetaHub.IntegrationTests.Customers;

/// <summary>A customer's contacts, history and reminders, and the dashboard's due reminders.</summary>
public sealed class CustomerPartsTests(MetaHubFactory factory) : IClassFixture<MetaHubFactory>
{
    private static DateOnly Today => CompanyDay.Today;

    [Fact]
    public async Task Contacts_AddChangeRemove_WithOnePrimaryAtATime()
    {
        var api = await StartAsync(factory);
        var customer = await api.CreateAsync("Kişili Firma");

        var ali = await api.AddAsync(customer, "contacts", new { name = "Ali Veli", title = "Genel Müdür", phone = "0532 000 11 22", email = "ali@firma.com", isPrimary = true });
        var ayse = await api.AddAsync(customer, "contacts", new { name = "Ayşe Kaya", isPrimary = true, notes = "Sabahları arayın" });
        using var changed = await api.SendAsync(HttpMethod.Put, $"{Root}/{customer}/contacts/{ali}", new { name = "Ali Veli", title = "Yönetim Kurulu Başkanı" });

        changed.StatusCode.ShouldBe(HttpStatusCode.OK);
        var contacts = (await api.GetAsync($"{Root}/{customer}/contacts")).EnumerateArray().ToList();
        contacts.Select(c => (c.GetProperty("name").GetString(), c.GetProperty("isPrimary").GetBoolean())).ShouldBe([("Ayşe Kaya", true), ("Ali Veli", false)]);
        contacts[1].GetProperty("title").GetString().ShouldBe("Yönetim Kurulu Başkanı");
        contacts[1].GetProperty("phone").GetString().ShouldBeNull();
        contacts[0].GetProperty("notes").GetString().ShouldBe("Sabahları arayın");

        using var removed = await api.SendAsync(HttpMethod.Delete, $"{Root}/{customer}/contacts/{ayse}");
        removed.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await api.GetAsync($"{Root}/{customer}/contacts")).EnumerateArray().ShouldHaveSingleItem().GetProperty("id").GetGuid().ShouldBe(ali);
    }

    [Fact]
    public async Task Contacts_InvalidInput_ListsTheProblemsPerField()
    {
        var api = await StartAsync(factory);
        var customer = await api.CreateAsync("Hatalı Kişi");

        using var response = await api.SendAsync(HttpMethod.Post, $"{Root}/{customer}/contacts",
            new { name = "", title = new string('t', 101), phone = "12", email = "ali@" });
        using var english = await api.SendAsync(HttpMethod.Post, $"{Root}/{customer}/contacts", new { title = "CEO" }, language: "en");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await response.JsonAsync()).GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal).ShouldBe(["email", "name", "phone", "title"]);
        errors.GetProperty("name")[0].GetString().ShouldBe("Bu alan zorunludur.");
        (await english.JsonAsync()).GetProperty("errors").GetProperty("name")[0].GetString().ShouldBe("This field is required.");
        (await api.GetAsync($"{Root}/{customer}/contacts")).GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Contacts_OfAnotherCustomer_Answer404()
    {
        var api = await StartAsync(factory);
        var first = await api.CreateAsync("Birinci");
        var second = await api.CreateAsync("İkinci");
        var contact = await api.AddAsync(first, "contacts", new { name = "Birinci'nin kişisi" });

        using var update = await api.SendAsync(HttpMethod.Put, $"{Root}/{second}/contacts/{contact}", new { name = "Kaçırıldı" });
        using var delete = await api.SendAsync(HttpMethod.Delete, $"{Root}/{second}/contacts/{contact}");

        update.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        delete.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await api.GetAsync($"{Root}/{first}/contacts"))[0].GetProperty("name").GetString().ShouldBe("Birinci'nin kişisi");
    }

    [Fact]
    public async Task History_NewestFirstSignedByTheAuthor_FilteredByType()
    {
        var api = await StartAsync(factory);
        var customer = await api.CreateAsync("Geçmişli Firma");
        await api.AddAsync(customer, "interactions", new { type = "call", subject = "İlk arama", occurredAt = DateTimeOffset.UtcNow.AddDays(-3) });
        await api.AddAsync(customer, "interactions", new { type = "meeting", subject = "Toplantı", occurredAt = DateTimeOffset.UtcNow.AddDays(-1), notes = "Teklif istendi" });
        var now = await api.AddAsync(customer, "interactions", new { type = "whatsapp", subject = "Mesaj" });

        var page = await api.GetAsync($"{Root}/{customer}/interactions");
        var calls = await api.GetAsync($"{Root}/{customer}/interactions?type=call");
        var second = await api.GetAsync($"{Root}/{customer}/interactions?pageSize=1&page=2");

        page.GetProperty("total").GetInt32().ShouldBe(3);
        var items = page.GetProperty("items").EnumerateArray().ToList();
        items.Select(i => i.GetProperty("subject").GetString()).ShouldBe(["Mesaj", "Toplantı", "İlk arama"]);
        items[0].GetProperty("id").GetGuid().ShouldBe(now);
        items[0].GetProperty("type").GetString().ShouldBe("whatsapp");
        items[0].GetProperty("occurredAt").GetDateTime().ShouldBe(DateTime.UtcNow, TimeSpan.FromMinutes(1));
        items[0].GetProperty("authorId").GetGuid().ShouldBe(api.User.Id);
        items[0].GetProperty("authorName").GetString().ShouldBe("Owner Test");
        items[1].GetProperty("notes").GetString().ShouldBe("Teklif istendi");
        calls.GetProperty("items").EnumerateArray().ShouldHaveSingleItem().GetProperty("subject").GetString().ShouldBe("İlk arama");
        second.GetProperty("items").EnumerateArray().ShouldHaveSingleItem().GetProperty("subject").GetString().ShouldBe("Toplantı");
    }

    [Fact]
    public async Task History_InvalidEntry_IsRefusedPerField()
    {
        var api = await StartAsync(factory);
        var customer = await api.CreateAsync("Geçmiş Hataları");

        using var future = await api.SendAsync(HttpMethod.Post, $"{Root}/{customer}/interactions",
            new { subject = " ", occurredAt = DateTimeOffset.UtcNow.AddDays(2), notes = new string('n', 4001) });
        using var unknownType = await api.SendAsync(HttpMethod.Post, $"{Root}/{customer}/interactions", new { type = "fax", subject = "Faks" }, language: "en");
        using var unknownFilter = await api.SendAsync(HttpMethod.Get, $"{Root}/{customer}/interactions?type=fax");

        future.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await future.JsonAsync()).GetProperty("errors").EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal)
            .ShouldBe(["notes", "occurredAt", "subject", "type"]);
        unknownType.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await unknownType.JsonAsync()).GetProperty("errors").GetProperty("type")[0].GetString()!.ShouldContain("not valid");
        unknownFilter.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await unknownFilter.JsonAsync()).GetProperty("errors").GetProperty("type").GetArrayLength().ShouldBe(1);
        (await api.GetAsync($"{Root}/{customer}/interactions")).GetProperty("total").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task History_Delete_OnlyByTheAuthorOrWhoMayDeleteCustomers()
    {
        var owner = await StartAsync(factory);
        var customer = await owner.CreateAsync("Silme Yetkisi");
        var employee = await ForAsync(owner.Org, SystemRoles.Employee);
        var colleague = await ForAsync(owner.Org, SystemRoles.Employee);
        var byEmployee = await employee.AddAsync(customer, "interactions", new { type = "note", subject = "Çalışanın notu" });
        var byOwner = await owner.AddAsync(customer, "interactions", new { type = "note", subject = "Sahibin notu" });
        var another = await employee.AddAsync(customer, "interactions", new { type = "call", subject = "İkinci not" });

        using var notAuthor = await colleague.SendAsync(HttpMethod.Delete, $"{Root}/{customer}/interactions/{byEmployee}");
        using var notOwnersEntry = await employee.SendAsync(HttpMethod.Delete, $"{Root}/{customer}/interactions/{byOwner}");
        using var author = await employee.SendAsync(HttpMethod.Delete, $"{Root}/{customer}/interactions/{byEmployee}");
        using var manager = await owner.SendAsync(HttpMethod.Delete, $"{Root}/{customer}/interactions/{another}");

        notAuthor.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        notOwnersEntry.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        author.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        manager.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await owner.GetAsync($"{Root}/{customer}/interactions")).GetProperty("items").EnumerateArray()
            .ShouldHaveSingleItem().GetProperty("subject").GetString().ShouldBe("Sahibin notu");
    }

    [Fact]
    public async Task Reminders_AddAssignTickAndRemove()
    {
        var api = await StartAsync(factory);
        var colleague = await api.Org.AddUserAsync(SystemRoles.Employee, [api.Org.Main]);
        var customer = await api.CreateAsync("Hatırlatmalı Firma");

        var call = await api.AddAsync(customer, "reminders", new { title = "Teklifi sor", dueDate = Today.AddDays(2), assigneeId = colleague.Id, notes = "Fiyat" });
        var visit = await api.AddAsync(customer, "reminders", new { title = "Ziyaret", dueDate = Today.AddDays(1) });
        using var ticked = await api.SendAsync(HttpMethod.Put, $"{Root}/{customer}/reminders/{visit}", new { title = "Ziyaret", dueDate = Today.AddDays(1), isDone = true });

        ticked.StatusCode.ShouldBe(HttpStatusCode.OK);
        var done = await ticked.JsonAsync();
        done.GetProperty("isDone").GetBoolean().ShouldBeTrue();
        done.GetProperty("doneAt").GetDateTime().ShouldBe(DateTime.UtcNow, TimeSpan.FromMinutes(1));
        var reminders = (await api.GetAsync($"{Root}/{customer}/reminders")).EnumerateArray().ToList();
        reminders.Select(r => r.GetProperty("title").GetString()).ShouldBe(["Teklifi sor", "Ziyaret"]);
        reminders[0].GetProperty("assigneeId").GetGuid().ShouldBe(colleague.Id);
        reminders[0].GetProperty("assigneeName").GetString().ShouldBe("Employee Test");
        reminders[0].GetProperty("dueDate").GetString().ShouldBe(Today.AddDays(2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

        using var unticked = await api.SendAsync(HttpMethod.Put, $"{Root}/{customer}/reminders/{visit}", new { title = "Ziyaret", dueDate = Today.AddDays(1) });
        (await unticked.JsonAsync()).GetProperty("doneAt").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        using var removed = await api.SendAsync(HttpMethod.Delete, $"{Root}/{customer}/reminders/{call}");
        removed.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await api.GetAsync($"{Root}/{customer}/reminders")).EnumerateArray().ShouldHaveSingleItem().GetProperty("id").GetGuid().ShouldBe(visit);
    }

    [Fact]
    public async Task Reminders_AssigneeOutsideTheCompanyOrMissingFields_AreRefused()
    {
        var api = await StartAsync(factory);
        var outsider = await api.Org.AddUserAsync(SystemRoles.Employee, [api.Org.Other]);
        var customer = await api.CreateAsync("Atama Testi");

        using var outside = await api.SendAsync(HttpMethod.Post, $"{Root}/{customer}/reminders", new { title = "Ara", dueDate = Today, assigneeId = outsider.Id });
        using var unknown = await api.SendAsync(HttpMethod.Post, $"{Root}/{customer}/reminders", new { title = "Ara", dueDate = Today, assigneeId = Guid.NewGuid() }, language: "en");
        using var empty = await api.SendAsync(HttpMethod.Post, $"{Root}/{customer}/reminders", new { title = "" });

        outside.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await outside.JsonAsync()).GetProperty("errors").GetProperty("assigneeId")[0].GetString().ShouldBe("Atanan kişi bu şirketin üyesi olmalıdır.");
        (await unknown.JsonAsync()).GetProperty("errors").GetProperty("assigneeId")[0].GetString().ShouldBe("The assignee must be a member of this company.");
        (await empty.JsonAsync()).GetProperty("errors").EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal).ShouldBe(["dueDate", "title"]);
        (await api.GetAsync($"{Root}/{customer}/reminders")).GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task DueReminders_ListOpenOnesDueWithinAWeekOrOverdue_MineOnlyMine()
    {
        var api = await StartAsync(factory);
        var colleague = await api.Org.AddUserAsync(SystemRoles.Employee, [api.Org.Main]);
        var first = await api.CreateAsync("Birinci Müşteri");
        var second = await api.CreateAsync("İkinci Müşteri");
        var gone = await api.CreateAsync("Silinecek Müşteri");
        await api.AddAsync(first, "reminders", new { title = "Gecikmiş", dueDate = Today.AddDays(-2), assigneeId = api.User.Id });
        await api.AddAsync(second, "reminders", new { title = "Bu hafta", dueDate = Today.AddDays(7), assigneeId = colleague.Id });
        await api.AddAsync(first, "reminders", new { title = "Bugün", dueDate = Today });
        await api.AddAsync(first, "reminders", new { title = "Gelecek ay", dueDate = Today.AddDays(30), assigneeId = api.User.Id });
        await api.AddAsync(second, "reminders", new { title = "Bitti", dueDate = Today.AddDays(-1), isDone = true, assigneeId = api.User.Id });
        await api.AddAsync(gone, "reminders", new { title = "Silinen müşterinin", dueDate = Today });
        using (var deleted = await api.SendAsync(HttpMethod.Delete, $"{Root}/{gone}"))
        {
            deleted.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        }

        var all = await api.GetAsync($"{Root}/reminders/due");
        var mine = await api.GetAsync($"{Root}/reminders/due?mine=true");

        var items = all.GetProperty("items").EnumerateArray().ToList();
        items.Select(r => r.GetProperty("title").GetString()).ShouldBe(["Gecikmiş", "Bugün", "Bu hafta"]);
        items.Select(r => r.GetProperty("overdue").GetBoolean()).ShouldBe([true, false, false]);
        items[0].GetProperty("customerName").GetString().ShouldBe("Birinci Müşteri");
        items[0].GetProperty("customerId").GetGuid().ShouldBe(first);
        items[2].GetProperty("assigneeName").GetString().ShouldBe("Employee Test");
        mine.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("title").GetString()).ShouldBe(["Gecikmiş"]);
    }
}
