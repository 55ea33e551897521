using System.Net;
using System.Text.Json;
using MetaHub.IntegrationTests.Infrastructure;
using MetaHub.Kernel.Security;
using static MetaHub.IntegrationTests.Customers.CustomerApi;

namespace MetaHub.IntegrationTests.Customers;

/// <summary>/api/v1/customers: the customer card, its list, look-alikes, the trash and who may do what.</summary>
public sealed class CustomerTests(MetaHubFactory factory) : IClassFixture<MetaHubFactory>
{
    [Fact]
    public async Task Create_ValidCustomer_Answers201WithLocationAndCanBeRead()
    {
        var api = await StartAsync(factory);

        using var created = await api.SendAsync(HttpMethod.Post, Root, new
        {
            companyName = "  Mavi Deniz Turizm  ",
            contactPerson = "Ayşe Yılmaz",
            phone = "+90 532 111 22 33",
            email = "info@mavideniz.com.tr",
            address = "Kordon Boyu 1, İzmir",
            sector = "Turizm",
            status = "potential",
            notes = "Web sitesi yenilenecek",
        });

        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var body = await created.JsonAsync();
        var id = body.GetProperty("id").GetGuid();
        created.Headers.Location!.ToString().ShouldBe($"{Root}/{id}");
        var customer = await api.GetAsync($"{Root}/{id}");
        customer.GetProperty("companyName").GetString().ShouldBe("Mavi Deniz Turizm");
        customer.GetProperty("status").GetString().ShouldBe("potential");
        customer.GetProperty("sector").GetString().ShouldBe("Turizm");
        customer.GetProperty("phone").GetString().ShouldBe("+90 532 111 22 33");
        customer.GetProperty("deletedAt").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task Create_WithoutStatus_IsActive()
    {
        var api = await StartAsync(factory);

        var id = await api.CreateAsync("Durumsuz Ltd");

        (await api.GetAsync($"{Root}/{id}")).GetProperty("status").GetString().ShouldBe("active");
    }

    [Fact]
    public async Task Create_InvalidFields_ListsEveryProblemInTurkish()
    {
        var api = await StartAsync(factory);

        using var response = await api.SendAsync(HttpMethod.Post, Root, new
        {
            companyName = " ",
            contactPerson = new string('a', 151),
            phone = "call me",
            email = "not-an-email",
            sector = new string('s', 101),
        });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await response.JsonAsync()).GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal).ShouldBe(["companyName", "contactPerson", "email", "phone", "sector"]);
        errors.GetProperty("companyName")[0].GetString().ShouldBe("Bu alan zorunludur.");
        errors.GetProperty("contactPerson")[0].GetString().ShouldBe("En fazla 150 karakter olabilir.");
        (await api.NamesAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Create_TooLongNameInEnglish_AnswersInEnglish()
    {
        var api = await StartAsync(factory);

        using var response = await api.SendAsync(HttpMethod.Post, Root, new { companyName = new string('x', 201), email = "a@b" }, language: "en");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await response.JsonAsync()).GetProperty("errors");
        errors.GetProperty("companyName")[0].GetString().ShouldBe("At most 200 characters.");
        errors.GetProperty("email")[0].GetString()!.ShouldStartWith("Enter a valid email address");
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    public async Task Save_UnknownStatus_Answers400NamingTheField(string method)
    {
        var api = await StartAsync(factory);
        var id = await api.CreateAsync("Durum Testi");

        using var response = await api.SendAsync(
            new HttpMethod(method), method == "POST" ? Root : $"{Root}/{id}", new { companyName = "Durum Testi", status = "vip" });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.JsonAsync();
        problem.GetProperty("errors").GetProperty("status")[0].GetString()!.ShouldContain("geçersiz");
    }

    [Fact]
    public async Task List_UnknownStatusFilter_Answers400NamingTheField()
    {
        var api = await StartAsync(factory);

        using var response = await api.SendAsync(HttpMethod.Get, $"{Root}?status=vip", language: "en");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.JsonAsync();
        problem.GetProperty("title").GetString().ShouldBe("The input is not valid");
        problem.GetProperty("errors").GetProperty("status")[0].GetString().ShouldBe("Status must be active, passive or potential.");
    }

    [Fact]
    public async Task Update_ChangedFields_AreStoredAndUpdatedAtMoves()
    {
        var api = await StartAsync(factory);
        var id = await api.CreateAsync("Eski Ad", email: "eski@ornek.com", status: "potential");
        var before = await api.GetAsync($"{Root}/{id}");

        using var response = await api.SendAsync(HttpMethod.Put, $"{Root}/{id}", new { companyName = "Yeni Ad", email = "yeni@ornek.com", sector = "Perakende" });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var after = await api.GetAsync($"{Root}/{id}");
        after.GetProperty("companyName").GetString().ShouldBe("Yeni Ad");
        after.GetProperty("email").GetString().ShouldBe("yeni@ornek.com");
        after.GetProperty("sector").GetString().ShouldBe("Perakende");
        after.GetProperty("status").GetString().ShouldBe("potential");
        after.GetProperty("updatedAt").GetDateTime().ShouldBeGreaterThan(before.GetProperty("updatedAt").GetDateTime());
        after.GetProperty("createdAt").GetDateTime().ShouldBe(before.GetProperty("createdAt").GetDateTime());
    }

    [Fact]
    public async Task Update_Customer_IsAuditedWithOldAndNewValues()
    {
        var api = await StartAsync(factory);
        var id = await api.CreateAsync("Denetim Ltd", phone: "0212 000 00 00");

        using var response = await api.SendAsync(HttpMethod.Put, $"{Root}/{id}", new { companyName = "Denetim AŞ", phone = "0212 000 00 00", status = "passive" });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);

        var entry = (await api.GetAsync("/api/v1/audit?action=CUSTOMER_UPDATE")).GetProperty("items").EnumerateArray().ShouldHaveSingleItem();
        entry.GetProperty("module").GetString().ShouldBe("customers");
        entry.GetProperty("recordId").GetString().ShouldBe(id.ToString());
        entry.GetProperty("userId").GetGuid().ShouldBe(api.User.Id);
        var old = JsonDocument.Parse(entry.GetProperty("oldValues").GetString()!).RootElement;
        var @new = JsonDocument.Parse(entry.GetProperty("newValues").GetString()!).RootElement;
        old.GetProperty("CompanyName").GetString().ShouldBe("Denetim Ltd");
        @new.GetProperty("CompanyName").GetString().ShouldBe("Denetim AŞ");
        old.GetProperty("Status").GetString().ShouldBe("active");
        @new.GetProperty("Status").GetString().ShouldBe("passive");
        old.TryGetProperty("Phone", out _).ShouldBeFalse();
    }

    [Fact]
    public async Task List_PagesAndSortsOnTheServer()
    {
        var api = await StartAsync(factory);
        foreach (var name in new[] { "Delta", "Alfa", "Charlie", "Bravo", "Echo" })
        {
            await api.CreateAsync(name);
        }

        var first = await api.GetAsync($"{Root}?pageSize=2");
        first.GetProperty("total").GetInt32().ShouldBe(5);
        first.GetProperty("page").GetInt32().ShouldBe(1);
        first.GetProperty("pageSize").GetInt32().ShouldBe(2);
        (await api.NamesAsync("?pageSize=2")).ShouldBe(["Alfa", "Bravo"]);
        (await api.NamesAsync("?pageSize=2&page=3")).ShouldBe(["Echo"]);
        (await api.NamesAsync("?sort=-companyName&pageSize=2")).ShouldBe(["Echo", "Delta"]);
        (await api.NamesAsync("?sort=createdAt")).ShouldBe(["Delta", "Alfa", "Charlie", "Bravo", "Echo"]);
        (await api.NamesAsync("?sort=-createdAt&pageSize=1")).ShouldBe(["Echo"]);
    }

    [Fact]
    public async Task List_FiltersByStatusSectorAndSortsByThem()
    {
        var api = await StartAsync(factory);
        await api.CreateAsync("A Turizm", status: "active", sector: "Turizm");
        await api.CreateAsync("B Turizm", status: "potential", sector: "Turizm");
        await api.CreateAsync("C Gıda", status: "potential", sector: "Gıda");
        await api.CreateAsync("D Sektörsüz", status: "passive");

        (await api.NamesAsync("?status=potential")).ShouldBe(["B Turizm", "C Gıda"]);
        (await api.NamesAsync("?sector=Turizm")).ShouldBe(["A Turizm", "B Turizm"]);
        (await api.NamesAsync("?sector=Turizm&status=potential")).ShouldBe(["B Turizm"]);
        (await api.NamesAsync("?sort=sector")).ShouldBe(["C Gıda", "A Turizm", "B Turizm", "D Sektörsüz"]);
        (await api.NamesAsync("?sort=-sector")).ShouldBe(["A Turizm", "B Turizm", "C Gıda", "D Sektörsüz"]);
        (await api.NamesAsync("?sort=-status")).ShouldBe(["B Turizm", "C Gıda", "D Sektörsüz", "A Turizm"]);
        (await api.GetAsync($"{Root}/sectors")).EnumerateArray().Select(s => s.GetString()).ShouldBe(["Gıda", "Turizm"]);
    }

    [Fact]
    public async Task List_Search_MatchesNameContactEmailAndPhoneIgnoringCase()
    {
        var api = await StartAsync(factory);
        await api.CreateAsync("ACME Yazılım");
        await api.CreateAsync("Kuzey Lojistik", contactPerson: "Mehmet ACAR");
        await api.CreateAsync("Güney Gıda", email: "Satis@Guneygida.com");
        await api.CreateAsync("Batı Tekstil", phone: "0232 555 44 33");
        await api.CreateAsync("Şahin Matbaa");

        (await api.NamesAsync("?search=acme")).ShouldBe(["ACME Yazılım"]);
        (await api.NamesAsync("?search=mehmet%20acar")).ShouldBe(["Kuzey Lojistik"]);
        (await api.NamesAsync("?search=SATIS@")).ShouldBe(["Güney Gıda"]);
        (await api.NamesAsync("?search=555%2044")).ShouldBe(["Batı Tekstil"]);
        (await api.NamesAsync("?search=%C5%9Eahin")).ShouldBe(["Şahin Matbaa"]);
        (await api.NamesAsync("?search=yok-boyle-biri")).ShouldBeEmpty();
    }

    [Fact]
    public async Task Create_LookAlike_Answers409WithDuplicatesUntilAllowed()
    {
        var api = await StartAsync(factory);
        var acme = await api.CreateAsync("Acme Ltd", email: "info@acme.com", phone: "0212 111 22 33");
        var other = await api.CreateAsync("Başka Firma", email: "iletisim@baska.com");

        using var refused = await api.SendAsync(HttpMethod.Post, Root, new { companyName = "ACME LTD", email = "iletisim@BASKA.com", phone = "(0212) 111-22-33" });

        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var duplicates = (await refused.JsonAsync()).GetProperty("duplicates").EnumerateArray().ToList();
        duplicates.Count.ShouldBe(2);
        duplicates[0].GetProperty("id").GetGuid().ShouldBe(acme);
        duplicates[0].GetProperty("companyName").GetString().ShouldBe("Acme Ltd");
        duplicates[0].GetProperty("matches").EnumerateArray().Select(m => m.GetString()).ShouldBe(["name", "phone"]);
        duplicates[1].GetProperty("id").GetGuid().ShouldBe(other);
        duplicates[1].GetProperty("matches").EnumerateArray().Select(m => m.GetString()).ShouldBe(["email"]);
        (await api.NamesAsync()).Length.ShouldBe(2);

        using var allowed = await api.SendAsync(HttpMethod.Post, $"{Root}?allowDuplicate=true", new { companyName = "ACME LTD" });
        allowed.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await api.NamesAsync()).Length.ShouldBe(3);
    }

    [Fact]
    public async Task Update_IntoLookAlike_Answers409ButItselfAndDeletedOnesDoNotCount()
    {
        var api = await StartAsync(factory);
        var first = await api.CreateAsync("Birinci", email: "bir@ornek.com");
        var second = await api.CreateAsync("İkinci");
        var gone = await api.CreateAsync("Silinen");
        using (var deleted = await api.SendAsync(HttpMethod.Delete, $"{Root}/{gone}"))
        {
            deleted.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        }

        using var self = await api.SendAsync(HttpMethod.Put, $"{Root}/{first}", new { companyName = "BİRİNCİ", email = "BIR@ornek.com" });
        using var intoDeleted = await api.SendAsync(HttpMethod.Put, $"{Root}/{second}", new { companyName = "silinen" });
        using var clash = await api.SendAsync(HttpMethod.Put, $"{Root}/{second}", new { companyName = "birinci" });
        using var allowed = await api.SendAsync(HttpMethod.Put, $"{Root}/{second}?allowDuplicate=true", new { companyName = "birinci" });

        self.StatusCode.ShouldBe(HttpStatusCode.OK);
        intoDeleted.StatusCode.ShouldBe(HttpStatusCode.OK);
        clash.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await clash.JsonAsync()).GetProperty("duplicates")[0].GetProperty("id").GetGuid().ShouldBe(first);
        allowed.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Duplicates_WhileTyping_NameTheLookAlikesExceptTheOneEdited()
    {
        var api = await StartAsync(factory);
        var id = await api.CreateAsync("Yıldız Reklam", email: "info@yildiz.com");

        var found = await api.GetAsync($"{Root}/duplicates?companyName=YILDIZ%20REKLAM&email=INFO@yildiz.com");
        var excluded = await api.GetAsync($"{Root}/duplicates?companyName=Y%C4%B1ld%C4%B1z%20Reklam&excludeId={id}");
        var none = await api.GetAsync($"{Root}/duplicates?companyName=Ay%20Reklam");

        var match = found.EnumerateArray().ShouldHaveSingleItem();
        match.GetProperty("id").GetGuid().ShouldBe(id);
        match.GetProperty("matches").EnumerateArray().Select(m => m.GetString()).ShouldBe(["name", "email"]);
        excluded.GetArrayLength().ShouldBe(0);
        none.GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Delete_Customer_GoesToTrashAndRestoreBringsItBack()
    {
        var api = await StartAsync(factory);
        var id = await api.CreateAsync("Geri Gelen");
        await api.CreateAsync("Kalan");
        var contact = await api.AddAsync(id, "contacts", new { name = "Zeynep" });

        using var deleted = await api.SendAsync(HttpMethod.Delete, $"{Root}/{id}");
        deleted.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        using (var gone = await api.SendAsync(HttpMethod.Get, $"{Root}/{id}"))
        {
            gone.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        using (var contacts = await api.SendAsync(HttpMethod.Get, $"{Root}/{id}/contacts"))
        {
            contacts.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        using (var again = await api.SendAsync(HttpMethod.Delete, $"{Root}/{id}"))
        {
            again.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        (await api.NamesAsync()).ShouldBe(["Kalan"]);
        var trash = await api.GetAsync($"{Root}?deleted=true");
        trash.GetProperty("items").EnumerateArray().ShouldHaveSingleItem().GetProperty("deletedAt").GetDateTime().ShouldBeGreaterThan(DateTime.UtcNow.AddMinutes(-5));

        using var restored = await api.SendAsync(HttpMethod.Post, $"{Root}/{id}/restore");

        restored.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await restored.JsonAsync()).GetProperty("deletedAt").ValueKind.ShouldBe(JsonValueKind.Null);
        (await api.NamesAsync()).ShouldBe(["Geri Gelen", "Kalan"]);
        (await api.NamesAsync("?deleted=true")).ShouldBeEmpty();
        (await api.GetAsync($"{Root}/{id}/contacts")).EnumerateArray().ShouldHaveSingleItem().GetProperty("id").GetGuid().ShouldBe(contact);
    }

    [Fact]
    public async Task Restore_UnknownCustomer_Answers404()
    {
        var api = await StartAsync(factory);

        using var response = await api.SendAsync(HttpMethod.Post, $"{Root}/{Guid.NewGuid()}/restore");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Intern_MayReadButEveryWriteIs403()
    {
        var owner = await StartAsync(factory);
        var id = await owner.CreateAsync("Stajyer Testi");
        var intern = await ForAsync(owner.Org, SystemRoles.Intern);

        (await intern.NamesAsync()).ShouldBe(["Stajyer Testi"]);
        (await intern.GetAsync($"{Root}/{id}")).GetProperty("companyName").GetString().ShouldBe("Stajyer Testi");
        var writes = new (HttpMethod Method, string Path, object? Body)[]
        {
            (HttpMethod.Post, Root, new { companyName = "Yeni" }),
            (HttpMethod.Put, $"{Root}/{id}", new { companyName = "Değişti" }),
            (HttpMethod.Delete, $"{Root}/{id}", null),
            (HttpMethod.Post, $"{Root}/{id}/restore", null),
            (HttpMethod.Post, $"{Root}/{id}/contacts", new { name = "Kişi" }),
            (HttpMethod.Post, $"{Root}/{id}/interactions", new { type = "note", subject = "Not" }),
            (HttpMethod.Post, $"{Root}/{id}/reminders", new { title = "Ara", dueDate = "2030-01-01" }),
        };
        foreach (var (method, path, body) in writes)
        {
            using var response = await intern.SendAsync(method, path, body);
            response.StatusCode.ShouldBe(HttpStatusCode.Forbidden, $"{method} {path}");
        }

        (await owner.GetAsync($"{Root}/{id}")).GetProperty("companyName").GetString().ShouldBe("Stajyer Testi");
    }

    [Fact]
    public async Task Employee_MayEditButNotCreateDeleteOrSeeTheTrash()
    {
        var owner = await StartAsync(factory);
        var id = await owner.CreateAsync("Çalışan Testi");
        var employee = await ForAsync(owner.Org, SystemRoles.Employee);

        using var edited = await employee.SendAsync(HttpMethod.Put, $"{Root}/{id}", new { companyName = "Çalışan Düzeltti" });
        using var created = await employee.SendAsync(HttpMethod.Post, Root, new { companyName = "Yeni" });
        using var deleted = await employee.SendAsync(HttpMethod.Delete, $"{Root}/{id}");
        using var trash = await employee.SendAsync(HttpMethod.Get, $"{Root}?deleted=true");
        using var restored = await employee.SendAsync(HttpMethod.Post, $"{Root}/{id}/restore");

        edited.StatusCode.ShouldBe(HttpStatusCode.OK);
        created.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        deleted.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        trash.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        restored.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await owner.NamesAsync()).ShouldBe(["Çalışan Düzeltti"]);
    }
}
