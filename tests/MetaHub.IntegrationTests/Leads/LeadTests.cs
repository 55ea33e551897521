using System.Net;
using MetaHub.IntegrationTests.Infrastructure;
using MetaHub.Kernel.Security;
using MetaHub.Tenancy.Catalog;

namespace MetaHub.IntegrationTests.Leads;

/// <summary>/api/v1/leads: adding, reading, listing, changing and deleting leads, their history and its audit.</summary>
public sealed class LeadTests(MetaHubFactory factory) : IClassFixture<MetaHubFactory>
{
    [Fact]
    public async Task OpenApi_Document_DescribesEveryLeadEndpoint()
    {
        using var response = await factory.CreateClient().GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var operations = (await response.JsonAsync()).GetProperty("paths").EnumerateObject()
            .Where(p => p.Name.StartsWith("/api/v1/leads", StringComparison.Ordinal))
            .SelectMany(p => p.Value.EnumerateObject().Select(o => (o.Value.GetProperty("operationId").GetString(), o.Value.TryGetProperty("summary", out var summary))))
            .ToList();
        operations.Select(o => o.Item1).Order(StringComparer.Ordinal).ShouldBe([
            "AddLeadActivity", "ChangeLeadStatus", "ConvertLead", "CreateLead", "DeleteLead", "GetLead", "GetLeadPipeline", "ListLeadFollowUps", "ListLeads",
            "UpdateLead"]);
        operations.ShouldAllBe(o => o.Item2);
    }

    [Fact]
    public async Task Create_EveryField_IsStoredAndReturned()
    {
        var org = await LeadsApi.OrganisationAsync(factory);
        var manager = await org.AddUserAsync(SystemRoles.Manager, [org.Main]);
        var assignee = await org.AddUserAsync(SystemRoles.Employee, [org.Main]);
        var token = await org.TokenForAsync(manager, org.Main);

        using var created = await org.SendAsync(HttpMethod.Post, "/api/v1/leads", new
        {
            companyName = "  ABC Ltd  ",
            contactPerson = "Ahmet Yılmaz",
            phone = "+90 (532) 123-45.67",
            email = "ahmet@abc.com.tr",
            source = "google_ads",
            expectedValue = 15000.50m,
            currency = "TRY",
            nextContactDate = "2026-12-20",
            notes = "Web sitesi yenileme",
            assigneeId = assignee.Id,
        }, token);

        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await created.JsonAsync()).GetProperty("id").GetGuid();
        created.Headers.Location!.ToString().ShouldBe($"/api/v1/leads/{id}");
        var lead = await LeadsApi.GetAsync(org, token, $"/api/v1/leads/{id}");
        lead.GetProperty("companyName").GetString().ShouldBe("ABC Ltd");
        lead.GetProperty("contactPerson").GetString().ShouldBe("Ahmet Yılmaz");
        lead.GetProperty("phone").GetString().ShouldBe("+90 (532) 123-45.67");
        lead.GetProperty("email").GetString().ShouldBe("ahmet@abc.com.tr");
        lead.GetProperty("source").GetString().ShouldBe("google_ads");
        lead.GetProperty("status").GetString().ShouldBe("new");
        lead.GetProperty("expectedValue").GetDecimal().ShouldBe(15000.50m);
        lead.GetProperty("currency").GetString().ShouldBe("TRY");
        lead.GetProperty("nextContactDate").GetString().ShouldBe("2026-12-20");
        lead.GetProperty("notes").GetString().ShouldBe("Web sitesi yenileme");
        lead.GetProperty("assigneeId").GetGuid().ShouldBe(assignee.Id);
        lead.GetProperty("assigneeName").GetString().ShouldBe("Employee Test");
        lead.GetProperty("customerId").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        lead.GetProperty("activities").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Update_FieldsAndStatus_ReplacesThemAndWritesTheMoveToTheHistory()
    {
        var org = await LeadsApi.OrganisationAsync(factory);
        var employee = await org.AddUserAsync(SystemRoles.Employee, [org.Main]);
        var manager = await org.AddUserAsync(SystemRoles.Manager, [org.Main]);
        var id = await LeadsApi.CreateAsync(org, await org.TokenForAsync(manager, org.Main), new { companyName = "XYZ AŞ", phone = "0532 111 22 33", source = "referral" });
        var token = await org.TokenForAsync(employee, org.Main);

        using var updated = await org.SendAsync(HttpMethod.Put, $"/api/v1/leads/{id}", new
        {
            companyName = "XYZ Anonim Şirketi",
            contactPerson = "Ayşe Kaya",
            status = "contacted",
            expectedValue = 8000,
            currency = "USD",
        }, token);

        updated.StatusCode.ShouldBe(HttpStatusCode.OK);
        var lead = await updated.JsonAsync();
        lead.GetProperty("companyName").GetString().ShouldBe("XYZ Anonim Şirketi");
        lead.GetProperty("phone").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        lead.GetProperty("source").GetString().ShouldBe("referral");
        lead.GetProperty("status").GetString().ShouldBe("contacted");
        var move = lead.GetProperty("activities").EnumerateArray().ShouldHaveSingleItem();
        move.GetProperty("type").GetString().ShouldBe("status_change");
        move.GetProperty("description").GetString().ShouldBe("new → contacted");
        move.GetProperty("createdBy").GetGuid().ShouldBe(employee.Id);
        move.GetProperty("createdByName").GetString().ShouldBe("Employee Test");
    }

    [Fact]
    public async Task Update_Lead_IsAuditedWithOldAndNewValues()
    {
        var org = await LeadsApi.OrganisationAsync(factory);
        var owner = await org.AddUserAsync(SystemRoles.Owner, [org.Main]);
        var token = await org.TokenForAsync(owner, org.Main);
        var id = await LeadsApi.CreateAsync(org, token, new { companyName = "Demo Co", expectedValue = 25000, currency = "TRY" });

        using var updated = await org.SendAsync(HttpMethod.Put, $"/api/v1/leads/{id}", new { companyName = "Demo Co", expectedValue = 30000, currency = "EUR" }, token);
        updated.StatusCode.ShouldBe(HttpStatusCode.OK);

        var audit = await LeadsApi.GetAsync(org, token, "/api/v1/audit?action=LEAD_UPDATE");
        var entry = audit.GetProperty("items").EnumerateArray().ShouldHaveSingleItem();
        entry.GetProperty("module").GetString().ShouldBe("leads");
        entry.GetProperty("recordId").GetString().ShouldBe(id.ToString());
        entry.GetProperty("userId").GetGuid().ShouldBe(owner.Id);
        entry.GetProperty("oldValues").GetString()!.ShouldContain("\"Currency\":\"TRY\"");
        entry.GetProperty("oldValues").GetString()!.ShouldContain("\"ExpectedValue\":25000");
        entry.GetProperty("newValues").GetString()!.ShouldContain("\"Currency\":\"EUR\"");
        entry.GetProperty("newValues").GetString()!.ShouldContain("\"ExpectedValue\":30000");
    }

    [Fact]
    public async Task Delete_Lead_IsGoneWithItsHistory()
    {
        var org = await LeadsApi.OrganisationAsync(factory);
        var manager = await org.AddUserAsync(SystemRoles.Manager, [org.Main]);
        var token = await org.TokenForAsync(manager, org.Main);
        var id = await LeadsApi.CreateAsync(org, token, new { companyName = "Silinecek Ltd" });
        using (var activity = await org.SendAsync(HttpMethod.Post, $"/api/v1/leads/{id}/activity", new { type = "call", description = "Arandı" }, token))
        {
            activity.StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        using var deleted = await org.SendAsync(HttpMethod.Delete, $"/api/v1/leads/{id}", accessToken: token);
        using var after = await org.SendAsync(HttpMethod.Get, $"/api/v1/leads/{id}", accessToken: token);

        deleted.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        after.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await LeadsApi.GetAsync(org, token, "/api/v1/leads")).GetProperty("total").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task List_SearchFiltersSortAndPages_AnswersTheMatchingPage()
    {
        var org = await LeadsApi.OrganisationAsync(factory, TenantPlacement.Shared);
        var manager = await org.AddUserAsync(SystemRoles.Manager, [org.Main]);
        var employee = await org.AddUserAsync(SystemRoles.Employee, [org.Main]);
        var token = await org.TokenForAsync(manager, org.Main);
        await LeadsApi.CreateAsync(org, token, new { companyName = "Alfa Yazılım", email = "info@alfa.io", source = "website", expectedValue = 500, currency = "TRY" });
        await LeadsApi.CreateAsync(org, token, new { companyName = "Beta Medya", contactPerson = "Zeynep Ak", source = "referral", expectedValue = 12000, currency = "TRY", assigneeId = employee.Id });
        await LeadsApi.CreateAsync(org, token, new { companyName = "Gama Gıda", phone = "0212 555 66 77", source = "referral", status = "contacted", expectedValue = 3000, currency = "TRY" });
        await LeadsApi.CreateAsync(org, token, new { companyName = "Delta Dış Ticaret", source = "cold_call", status = "negotiation" });

        async Task<List<string>> NamesAsync(string query)
        {
            var page = await LeadsApi.GetAsync(org, token, "/api/v1/leads" + query);
            return [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("companyName").GetString()!)];
        }

        (await NamesAsync("?search=ALFA.IO")).ShouldBe(["Alfa Yazılım"]);
        (await NamesAsync("?search=zeynep")).ShouldBe(["Beta Medya"]);
        (await NamesAsync("?search=555 66")).ShouldBe(["Gama Gıda"]);
        (await NamesAsync("?source=referral&sort=companyName")).ShouldBe(["Beta Medya", "Gama Gıda"]);
        (await NamesAsync("?status=contacted")).ShouldBe(["Gama Gıda"]);
        (await NamesAsync($"?assigneeId={employee.Id}")).ShouldBe(["Beta Medya"]);
        (await NamesAsync("?sort=-expectedValue")).ShouldBe(["Beta Medya", "Gama Gıda", "Alfa Yazılım", "Delta Dış Ticaret"]);
        (await NamesAsync("?sort=-status")).ShouldBe(["Delta Dış Ticaret", "Gama Gıda", "Alfa Yazılım", "Beta Medya"]);
        (await NamesAsync("?sort=-createdAt")).ShouldBe(["Delta Dış Ticaret", "Gama Gıda", "Beta Medya", "Alfa Yazılım"]);

        var second = await LeadsApi.GetAsync(org, token, "/api/v1/leads?sort=companyName&page=2&pageSize=3");
        second.GetProperty("total").GetInt32().ShouldBe(4);
        second.GetProperty("page").GetInt32().ShouldBe(2);
        second.GetProperty("pageSize").GetInt32().ShouldBe(3);
        second.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("companyName").GetString()).ShouldBe(["Gama Gıda"]);
        var beta = (await LeadsApi.GetAsync(org, token, "/api/v1/leads?search=beta")).GetProperty("items")[0];
        beta.GetProperty("assigneeName").GetString().ShouldBe("Employee Test");
        beta.GetProperty("source").GetString().ShouldBe("referral");
    }

    [Fact]
    public async Task AddActivity_WithNextActionDate_MovesTheNextContactAndListsNewestFirst()
    {
        var org = await LeadsApi.OrganisationAsync(factory);
        var employee = await org.AddUserAsync(SystemRoles.Employee, [org.Main]);
        var manager = await org.AddUserAsync(SystemRoles.Manager, [org.Main]);
        var id = await LeadsApi.CreateAsync(org, await org.TokenForAsync(manager, org.Main), new { companyName = "ABC Ltd", nextContactDate = "2026-12-18" });
        var token = await org.TokenForAsync(employee, org.Main);

        using var first = await org.SendAsync(HttpMethod.Post, $"/api/v1/leads/{id}/activity", new
        {
            type = "whatsapp",
            description = "WhatsApp'tan ilk iletişim",
            contactDate = "2026-12-17T09:30:00Z",
            nextAction = "Telefon ile aranacak",
        }, token);
        using var second = await org.SendAsync(HttpMethod.Post, $"/api/v1/leads/{id}/activity", new
        {
            type = "call",
            description = "Fiyat istedi",
            contactDate = "2026-12-18T14:00:00+03:00",
            nextAction = "Teklif hazırlanacak",
            nextActionDate = "2026-12-22",
        }, token);

        first.StatusCode.ShouldBe(HttpStatusCode.Created);
        second.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await second.JsonAsync()).GetProperty("createdByName").GetString().ShouldBe("Employee Test");
        var lead = await LeadsApi.GetAsync(org, token, $"/api/v1/leads/{id}");
        lead.GetProperty("nextContactDate").GetString().ShouldBe("2026-12-22");
        var activities = lead.GetProperty("activities").EnumerateArray().ToList();
        activities.Select(a => a.GetProperty("type").GetString()).ShouldBe(["call", "whatsapp"]);
        activities[0].GetProperty("contactDate").GetDateTime().ShouldBe(new DateTime(2026, 12, 18, 11, 0, 0));
        activities[0].GetProperty("nextAction").GetString().ShouldBe("Teklif hazırlanacak");
        activities[0].GetProperty("nextActionDate").GetString().ShouldBe("2026-12-22");
        activities[1].GetProperty("nextActionDate").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
    }

    [Fact]
    public async Task ChangeStatus_ToLostWithReason_RecordsTheMoveAndTheReason()
    {
        var org = await LeadsApi.OrganisationAsync(factory);
        var employee = await org.AddUserAsync(SystemRoles.Employee, [org.Main]);
        var manager = await org.AddUserAsync(SystemRoles.Manager, [org.Main]);
        var id = await LeadsApi.CreateAsync(org, await org.TokenForAsync(manager, org.Main), new { companyName = "Final Ltd", status = "negotiation" });
        var token = await org.TokenForAsync(employee, org.Main);

        using var lost = await org.SendAsync(HttpMethod.Put, $"/api/v1/leads/{id}/status", new { status = "lost", lostReason = "Fiyat yüksek bulundu" }, token);
        using var back = await org.SendAsync(HttpMethod.Put, $"/api/v1/leads/{id}/status", new { status = "proposal_sent" }, token);

        lost.StatusCode.ShouldBe(HttpStatusCode.OK);
        var lostLead = await lost.JsonAsync();
        lostLead.GetProperty("status").GetString().ShouldBe("lost");
        lostLead.GetProperty("lostReason").GetString().ShouldBe("Fiyat yüksek bulundu");
        back.StatusCode.ShouldBe(HttpStatusCode.OK);
        var reopened = await back.JsonAsync();
        reopened.GetProperty("lostReason").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        reopened.GetProperty("activities").EnumerateArray().Select(a => a.GetProperty("description").GetString())
            .ShouldBe(["lost → proposal_sent", "negotiation → lost\nFiyat yüksek bulundu"]);
    }
}
