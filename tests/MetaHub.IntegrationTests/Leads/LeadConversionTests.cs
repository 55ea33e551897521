using System.Net;
using MetaHub.Customers.Domain;
using MetaHub.IntegrationTests.Infrastructure;
using MetaHub.Kernel.Security;
using MetaHub.Kernel.Tenancy;
using MetaHub.Leads.Features.Browse;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MetaHub.IntegrationTests.Leads;

/// <summary>POST /api/v1/leads/{id}/convert: a lead becomes a customer once, with its contact, by someone who may add customers.</summary>
public sealed class LeadConversionTests(MetaHubFactory factory) : IClassFixture<MetaHubFactory>
{
    [Fact]
    public async Task Convert_Lead_CreatesTheCustomerWithItsContactAndMarksTheLeadWon()
    {
        var org = await LeadsApi.OrganisationAsync(factory);
        var manager = await org.AddUserAsync(SystemRoles.Manager, [org.Main]);
        var token = await org.TokenForAsync(manager, org.Main);
        var id = await LeadsApi.CreateAsync(org, token, new
        {
            companyName = "ABC Ltd",
            contactPerson = "Ahmet Yılmaz",
            phone = "0532 123 45 67",
            email = "ahmet@abc.com",
            status = "negotiation",
            notes = "Web sitesi yenileme",
        });

        using var response = await org.SendAsync(HttpMethod.Post, $"/api/v1/leads/{id}/convert", accessToken: token);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var customerId = (await response.JsonAsync()).GetProperty("customerId").GetGuid();
        await using (var db = await factory.OpenAsync(org.Tenant, tenantId => DataScope.ForCompany(tenantId, org.Main.Id)))
        {
            var customer = await db.Set<Customer>().Include(c => c.Contacts).SingleAsync(c => c.Id == customerId);
            customer.CompanyName.ShouldBe("ABC Ltd");
            customer.ContactPerson.ShouldBe("Ahmet Yılmaz");
            customer.Phone.ShouldBe("0532 123 45 67");
            customer.Email.ShouldBe("ahmet@abc.com");
            customer.Notes.ShouldBe("Web sitesi yenileme");
            customer.Status.ShouldBe(CustomerStatus.Active);
            var contact = customer.Contacts.ShouldHaveSingleItem();
            (contact.Name, contact.Phone, contact.Email, contact.IsPrimary).ShouldBe(("Ahmet Yılmaz", "0532 123 45 67", "ahmet@abc.com", true));
        }

        var lead = await LeadsApi.GetAsync(org, token, $"/api/v1/leads/{id}");
        lead.GetProperty("status").GetString().ShouldBe("won");
        lead.GetProperty("customerId").GetGuid().ShouldBe(customerId);
        lead.GetProperty("convertedAt").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.String);
        lead.GetProperty("activities")[0].GetProperty("description").GetString().ShouldBe("negotiation → won");

        // The customer's page lists the lead it came from (the tab the module lends it).
        await using var scope = await factory.ScopeAsync(org.Tenant, tenantId => DataScope.ForCompany(tenantId, org.Main.Id));
        var origins = await scope.ServiceProvider.GetRequiredService<LeadBrowser>().ConvertedIntoAsync(customerId, CancellationToken.None);
        origins.Select(l => l.Id).ShouldBe([id]);
    }

    [Fact]
    public async Task Convert_Twice_AnswersConflictAndMakesOneCustomer()
    {
        var org = await LeadsApi.OrganisationAsync(factory);
        var owner = await org.AddUserAsync(SystemRoles.Owner, [org.Main]);
        var token = await org.TokenForAsync(owner, org.Main);
        var id = await LeadsApi.CreateAsync(org, token, new { companyName = "Tek Sefer Ltd" });

        using var first = await org.SendAsync(HttpMethod.Post, $"/api/v1/leads/{id}/convert", accessToken: token);
        using var second = await org.SendAsync(HttpMethod.Post, $"/api/v1/leads/{id}/convert", accessToken: token);

        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        second.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await second.JsonAsync()).GetProperty("detail").GetString().ShouldBe("Bu potansiyel müşteri zaten müşteriye dönüştürülmüş.");
        await using var db = await factory.OpenAsync(org.Tenant, tenantId => DataScope.ForCompany(tenantId, org.Main.Id));
        (await db.Set<Customer>().CountAsync(c => c.CompanyName == "Tek Sefer Ltd")).ShouldBe(1);
    }

    [Fact]
    public async Task ChangeStatus_ConvertedLeadAwayFromWon_IsRefused()
    {
        var org = await LeadsApi.OrganisationAsync(factory);
        var owner = await org.AddUserAsync(SystemRoles.Owner, [org.Main]);
        var token = await org.TokenForAsync(owner, org.Main);
        var id = await LeadsApi.CreateAsync(org, token, new { companyName = "Kazanılmış Ltd" });
        using (var converted = await org.SendAsync(HttpMethod.Post, $"/api/v1/leads/{id}/convert", accessToken: token))
        {
            converted.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        using var response = await org.SendAsync(HttpMethod.Put, $"/api/v1/leads/{id}/status", new { status = "lost", lostReason = "Yanlışlık" }, token);

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await LeadsApi.GetAsync(org, token, $"/api/v1/leads/{id}")).GetProperty("status").GetString().ShouldBe("won");
    }

    [Fact]
    public async Task Convert_WithoutPermissionToAddCustomers_IsForbidden()
    {
        var org = await LeadsApi.OrganisationAsync(factory);
        var manager = await org.AddUserAsync(SystemRoles.Manager, [org.Main]);
        var employee = await org.AddUserAsync(SystemRoles.Employee, [org.Main]);
        var id = await LeadsApi.CreateAsync(org, await org.TokenForAsync(manager, org.Main), new { companyName = "ABC Ltd" });
        var token = await org.TokenForAsync(employee, org.Main);

        using var response = await org.SendAsync(HttpMethod.Post, $"/api/v1/leads/{id}/convert", accessToken: token);

        // An employee edits leads but may not add customers.
        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await response.JsonAsync()).GetProperty("detail").GetString().ShouldBe("Müşteriye dönüştürmek için müşteri ekleme yetkiniz olmalı.");
        (await LeadsApi.GetAsync(org, token, $"/api/v1/leads/{id}")).GetProperty("customerId").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
    }
}
