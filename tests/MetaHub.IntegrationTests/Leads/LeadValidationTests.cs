using System.Net;
using MetaHub.IntegrationTests.Infrastructure;
using MetaHub.Kernel.Security;

namespace MetaHub.IntegrationTests.Leads;

/// <summary>Bad input to the lead endpoints gets field errors in the user's language, and nothing is stored.</summary>
public sealed class LeadValidationTests(MetaHubFactory factory) : IClassFixture<MetaHubFactory>
{
    [Fact]
    public async Task Create_MissingCompanyAndMalformedFields_ListsEveryProblemInTurkish()
    {
        var (org, token) = await ManagerAsync();

        using var response = await org.SendAsync(HttpMethod.Post, "/api/v1/leads", new
        {
            companyName = "   ",
            email = "ahmet@abc",
            phone = "0532-ABC-1234",
            expectedValue = -5,
            currency = "try",
        }, token);

        var errors = await LeadsApi.ErrorsAsync(response);
        errors.Keys.Order(StringComparer.Ordinal).ShouldBe(["companyName", "currency", "email", "expectedValue", "phone"]);
        errors["companyName"].ShouldBe("Bu alan zorunludur.");
        errors["email"].ShouldContain("e-posta");
        errors["phone"].ShouldContain("7–15");
        errors["expectedValue"].ShouldBe("Beklenen tutar negatif olamaz.");
        errors["currency"].ShouldContain("ISO 4217");
        (await LeadsApi.GetAsync(org, token, "/api/v1/leads")).GetProperty("total").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task Create_InEnglish_AnswersInEnglish()
    {
        var (org, token) = await ManagerAsync();

        using var response = await LeadsApi.SendInAsync(org, "en-US", HttpMethod.Post, "/api/v1/leads", new { email = "not-an-address" }, token);

        var errors = await LeadsApi.ErrorsAsync(response);
        errors["companyName"].ShouldBe("This field is required.");
        errors["email"].ShouldStartWith("Enter a valid email address");
    }

    [Fact]
    public async Task Create_TooLongTextOrTooFewPhoneDigits_IsRefusedPerField()
    {
        var (org, token) = await ManagerAsync();

        using var response = await org.SendAsync(HttpMethod.Post, "/api/v1/leads", new
        {
            companyName = new string('A', 201),
            contactPerson = new string('B', 151),
            notes = new string('C', 4001),
            phone = "12 34 56",
            expectedValue = 10.555m,
            currency = "TRY",
        }, token);

        var errors = await LeadsApi.ErrorsAsync(response);
        errors["companyName"].ShouldBe("En fazla 200 karakter olabilir.");
        errors["contactPerson"].ShouldBe("En fazla 150 karakter olabilir.");
        errors["notes"].ShouldBe("En fazla 4000 karakter olabilir.");
        errors["phone"].ShouldContain("7–15");
        errors["expectedValue"].ShouldContain("2 ondalık");
    }

    [Fact]
    public async Task Create_ValueWithoutCurrency_AsksForTheCurrency()
    {
        var (org, token) = await ManagerAsync();

        using var response = await org.SendAsync(HttpMethod.Post, "/api/v1/leads", new { companyName = "ABC Ltd", expectedValue = 1000 }, token);

        (await LeadsApi.ErrorsAsync(response))["currency"].ShouldBe("Beklenen tutar için para birimi gerekli.");
    }

    [Fact]
    public async Task Create_UnknownStatusOrSource_NamesTheFieldAndTheAllowedValues()
    {
        var (org, token) = await ManagerAsync();

        using var turkish = await org.SendAsync(HttpMethod.Post, "/api/v1/leads", new { companyName = "ABC Ltd", status = "maybe", source = "fax" }, token);
        using var english = await LeadsApi.SendInAsync(org, "en", HttpMethod.Post, "/api/v1/leads", new { companyName = "ABC Ltd", status = "maybe" }, token);

        var errors = await LeadsApi.ErrorsAsync(turkish);
        errors["status"].ShouldBe("\"maybe\" geçerli bir değer değil. Geçerli değerler: new, contacted, meeting_scheduled, proposal_sent, negotiation, won, lost.");
        errors["source"].ShouldContain("website, whatsapp, referral, social_media, google_ads, cold_call, other");
        (await LeadsApi.ErrorsAsync(english))["status"].ShouldStartWith("\"maybe\" is not a valid value.");
    }

    [Fact]
    public async Task Create_LostWithoutReason_IsRefusedWithTheReasonField()
    {
        var (org, token) = await ManagerAsync();

        using var withoutReason = await org.SendAsync(HttpMethod.Post, "/api/v1/leads", new { companyName = "ABC Ltd", status = "lost" }, token);
        using var reasonNotLost = await org.SendAsync(HttpMethod.Post, "/api/v1/leads", new { companyName = "ABC Ltd", lostReason = "Bütçe yok" }, token);

        (await LeadsApi.ErrorsAsync(withoutReason))["lostReason"].ShouldBe("Kaybedildi durumunda kaybedilme nedeni zorunludur.");
        (await LeadsApi.ErrorsAsync(reasonNotLost))["lostReason"].ShouldContain("yalnızca");
    }

    [Fact]
    public async Task ChangeStatus_LostWithoutReasonOrUnknownStatus_IsRefusedAndTheLeadStays()
    {
        var (org, token) = await ManagerAsync();
        var id = await LeadsApi.CreateAsync(org, token, new { companyName = "ABC Ltd" });

        using var lost = await LeadsApi.SendInAsync(org, "en", HttpMethod.Put, $"/api/v1/leads/{id}/status", new { status = "lost", lostReason = " " }, token);
        using var maybe = await org.SendAsync(HttpMethod.Put, $"/api/v1/leads/{id}/status", new { status = "maybe" }, token);
        using var missing = await org.SendAsync(HttpMethod.Put, $"/api/v1/leads/{id}/status", new { }, token);

        (await LeadsApi.ErrorsAsync(lost))["lostReason"].ShouldBe("A lost lead needs the reason it was lost.");
        (await LeadsApi.ErrorsAsync(maybe))["status"].ShouldStartWith("\"maybe\" geçerli bir değer değil.");
        (await LeadsApi.ErrorsAsync(missing))["status"].ShouldBe("Bu alan zorunludur.");
        var lead = await LeadsApi.GetAsync(org, token, $"/api/v1/leads/{id}");
        lead.GetProperty("status").GetString().ShouldBe("new");
        lead.GetProperty("activities").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Create_AssigneeOutsideTheCompany_IsRefused()
    {
        var (org, token) = await ManagerAsync();
        var outsider = await org.AddUserAsync(SystemRoles.Employee, [org.Other]);

        using var response = await org.SendAsync(HttpMethod.Post, "/api/v1/leads", new { companyName = "ABC Ltd", assigneeId = outsider.Id }, token);
        using var stranger = await org.SendAsync(HttpMethod.Post, "/api/v1/leads", new { companyName = "ABC Ltd", assigneeId = Guid.NewGuid() }, token);

        (await LeadsApi.ErrorsAsync(response))["assigneeId"].ShouldBe("Sorumlu, bu şirketin aktif bir üyesi olmalı.");
        (await LeadsApi.ErrorsAsync(stranger)).Keys.ShouldBe(["assigneeId"]);
    }

    [Fact]
    public async Task AddActivity_MissingDescriptionOrWrittenStatusChange_IsRefused()
    {
        var (org, token) = await ManagerAsync();
        var id = await LeadsApi.CreateAsync(org, token, new { companyName = "ABC Ltd" });

        using var empty = await org.SendAsync(HttpMethod.Post, $"/api/v1/leads/{id}/activity", new { type = "call" }, token);
        using var statusChange = await org.SendAsync(HttpMethod.Post, $"/api/v1/leads/{id}/activity", new { type = "status_change", description = "new → won" }, token);
        using var tooLong = await org.SendAsync(HttpMethod.Post, $"/api/v1/leads/{id}/activity", new { type = "note", description = "x", nextAction = new string('y', 301) }, token);

        (await LeadsApi.ErrorsAsync(empty))["description"].ShouldBe("Bu alan zorunludur.");
        (await LeadsApi.ErrorsAsync(statusChange))["type"].ShouldBe("\"status_change\" geçerli bir değer değil. Geçerli değerler: call, meeting, email, whatsapp, proposal, note.");
        (await LeadsApi.ErrorsAsync(tooLong))["nextAction"].ShouldBe("En fazla 300 karakter olabilir.");
    }

    [Fact]
    public async Task List_UnknownStatusFilter_IsRefused()
    {
        var (org, token) = await ManagerAsync();

        using var response = await org.SendAsync(HttpMethod.Get, "/api/v1/leads?status=maybe", accessToken: token);

        (await LeadsApi.ErrorsAsync(response))["status"].ShouldStartWith("\"maybe\" geçerli bir değer değil.");
    }

    [Fact]
    public async Task Update_UnknownLead_AnswersNotFound()
    {
        var (org, token) = await ManagerAsync();

        using var response = await org.SendAsync(HttpMethod.Put, $"/api/v1/leads/{Guid.NewGuid()}", new { companyName = "ABC Ltd" }, token);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.JsonAsync()).GetProperty("detail").GetString().ShouldBe("Potansiyel müşteri bulunamadı.");
    }

    private async Task<(Organisation Org, string Token)> ManagerAsync()
    {
        var org = await LeadsApi.OrganisationAsync(factory);
        var manager = await org.AddUserAsync(SystemRoles.Manager, [org.Main]);
        return (org, await org.TokenForAsync(manager, org.Main));
    }
}
