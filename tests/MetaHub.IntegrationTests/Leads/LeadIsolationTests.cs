using System.Net;
using MetaHub.IntegrationTests.Infrastructure;
using MetaHub.Kernel.Security;
using MetaHub.Tenancy.Catalog;

namespace MetaHub.IntegrationTests.Leads;

/// <summary>Another tenant's or another company's leads can be neither seen nor touched, and read-only roles cannot write.</summary>
public sealed class LeadIsolationTests(MetaHubFactory factory) : IClassFixture<MetaHubFactory>
{
    public static TheoryData<TenantPlacement> Placements => [TenantPlacement.Dedicated, TenantPlacement.Shared];

    [Theory]
    [MemberData(nameof(Placements))]
    public async Task EveryEndpoint_OtherTenantsLead_IsNotFoundAndNeverListed(TenantPlacement placement)
    {
        var a = await LeadsApi.OrganisationAsync(factory, placement);
        var b = await LeadsApi.OrganisationAsync(factory, placement);
        var foreign = await DueLeadAsync(b, b.Main);
        var owner = await a.AddUserAsync(SystemRoles.Owner, [a.Main]);

        await ShouldNotReachAsync(a, await a.TokenForAsync(owner, a.Main), foreign);

        var ownerOfB = await b.AddUserAsync(SystemRoles.Owner, [b.Main]);
        (await LeadsApi.GetAsync(b, await b.TokenForAsync(ownerOfB, b.Main), $"/api/v1/leads/{foreign}")).GetProperty("companyName").GetString().ShouldBe("Gizli Ltd");
    }

    [Fact]
    public async Task EveryEndpoint_OtherCompanysLead_IsNotFoundAndNeverListed()
    {
        var org = await LeadsApi.OrganisationAsync(factory);
        var foreign = await DueLeadAsync(org, org.Other);
        var owner = await org.AddUserAsync(SystemRoles.Owner, [org.Main]);

        await ShouldNotReachAsync(org, await org.TokenForAsync(owner, org.Main), foreign);
    }

    [Fact]
    public async Task Writes_Intern_AreForbiddenAndReadsAllowed()
    {
        var org = await LeadsApi.OrganisationAsync(factory);
        var id = await DueLeadAsync(org, org.Main);
        var intern = await org.AddUserAsync(SystemRoles.Intern, [org.Main]);
        var token = await org.TokenForAsync(intern, org.Main);

        foreach (var (method, path, body) in Writes(id).Prepend((HttpMethod.Post, "/api/v1/leads", new { companyName = "Yeni Ltd" })))
        {
            using var response = await org.SendAsync(method, path, body, token);
            response.StatusCode.ShouldBe(HttpStatusCode.Forbidden, $"{method} {path}");
        }

        foreach (var path in new[] { "/api/v1/leads", $"/api/v1/leads/{id}", "/api/v1/leads/pipeline", "/api/v1/leads/today-followups" })
        {
            using var response = await org.SendAsync(HttpMethod.Get, path, accessToken: token);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, path);
        }

        (await LeadsApi.GetAsync(org, token, $"/api/v1/leads/{id}")).GetProperty("companyName").GetString().ShouldBe("Gizli Ltd");
    }

    /// <summary>A lead due today with history, in <paramref name="company"/>, so every list would show it if it leaked.</summary>
    private static async Task<Guid> DueLeadAsync(Organisation org, MetaHub.Access.Domain.Company company)
    {
        var owner = await org.AddUserAsync(SystemRoles.Owner, [company]);
        var token = await org.TokenForAsync(owner, company);
        var today = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var id = await LeadsApi.CreateAsync(org, token, new { companyName = "Gizli Ltd", expectedValue = 999, currency = "TRY", nextContactDate = today });
        using var activity = await org.SendAsync(HttpMethod.Post, $"/api/v1/leads/{id}/activity", new { type = "note", description = "Gizli not" }, token);
        activity.StatusCode.ShouldBe(HttpStatusCode.Created);
        return id;
    }

    private static async Task ShouldNotReachAsync(Organisation org, string token, Guid foreign)
    {
        // A lead of the caller's own, so the lists are not empty by accident.
        await LeadsApi.CreateAsync(org, token, new { companyName = "Kendi Ltd", nextContactDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1) });

        using (var get = await org.SendAsync(HttpMethod.Get, $"/api/v1/leads/{foreign}", accessToken: token))
        {
            get.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        foreach (var (method, path, body) in Writes(foreign))
        {
            using var response = await org.SendAsync(method, path, body, token);
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, $"{method} {path}: {await response.Content.ReadAsStringAsync()}");
        }

        var list = await LeadsApi.GetAsync(org, token, "/api/v1/leads?search=gizli");
        list.GetProperty("total").GetInt32().ShouldBe(0);
        var all = await LeadsApi.GetAsync(org, token, "/api/v1/leads");
        all.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("companyName").GetString()).ShouldBe(["Kendi Ltd"]);
        var pipeline = await LeadsApi.GetAsync(org, token, "/api/v1/leads/pipeline");
        pipeline.EnumerateArray().Sum(c => c.GetProperty("count").GetInt32()).ShouldBe(1);
        pipeline[0].GetProperty("totals").GetArrayLength().ShouldBe(0);
        var due = await LeadsApi.GetAsync(org, token, "/api/v1/leads/today-followups");
        due.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("companyName").GetString()).ShouldBe(["Kendi Ltd"]);
    }

    /// <summary>Every endpoint that changes one lead.</summary>
    private static IEnumerable<(HttpMethod Method, string Path, object? Body)> Writes(Guid id) =>
    [
        (HttpMethod.Put, $"/api/v1/leads/{id}", new { companyName = "Ele geçirildi" }),
        (HttpMethod.Put, $"/api/v1/leads/{id}/status", new { status = "contacted" }),
        (HttpMethod.Post, $"/api/v1/leads/{id}/activity", new { type = "note", description = "Sızma" }),
        (HttpMethod.Post, $"/api/v1/leads/{id}/convert", null),
        (HttpMethod.Delete, $"/api/v1/leads/{id}", null),
    ];
}
