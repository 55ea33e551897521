using System.Net;
using MetaHub.IntegrationTests.Infrastructure;
using MetaHub.Kernel.Security;
using Microsoft.EntityFrameworkCore;

namespace MetaHub.IntegrationTests.Access;

/// <summary>/api/v1/security-policy: the tenant's second-factor rule and IP allow-list, changed by a company owner.</summary>
public sealed class SecurityPolicyTests(ClientAddressFactory factory) : IClassFixture<ClientAddressFactory>
{
    private const string OfficeAddress = "203.0.113.5";

    [Fact]
    public async Task Change_ByOwner_RefusesSignInFromOutsideTheListAtOnceAndIsAudited()
    {
        var org = await Organisation.CreateAsync(factory);
        var owner = await org.AddUserAsync(SystemRoles.Owner, [org.Main], owner: true);
        var employee = await org.AddUserAsync(SystemRoles.Employee, [org.Main]);
        var token = await org.TokenForAsync(owner, org.Main);

        using var change = await SendAsync(org, HttpMethod.Put, token, OfficeAddress, new { requireTwoFactor = false, ipAllowList = new[] { "203.0.113.0/24", "2001:db8::1" } });
        using var outside = await SendAsync(org, HttpMethod.Post, null, "198.51.100.7", new { email = employee.Email, password = Organisation.Password }, "/api/auth/login");
        using var inside = await SendAsync(org, HttpMethod.Post, null, "203.0.113.77", new { email = employee.Email, password = Organisation.Password }, "/api/auth/login");
        using var read = await SendAsync(org, HttpMethod.Get, token, OfficeAddress);
        using var audit = await SendAsync(org, HttpMethod.Get, token, OfficeAddress, path: "/api/v1/audit?action=SECURITY_POLICY_CHANGED");

        change.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        outside.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        inside.StatusCode.ShouldBe(HttpStatusCode.OK);
        var policy = await read.JsonAsync();
        policy.GetProperty("ipAllowList").EnumerateArray().Select(e => e.GetString()).ShouldBe(["203.0.113.0/24", "2001:db8::1/128"]);
        policy.GetProperty("currentIpAddress").GetString().ShouldBe(OfficeAddress);
        var entry = (await audit.JsonAsync()).GetProperty("items").EnumerateArray().ShouldHaveSingleItem();
        entry.GetProperty("oldValues").GetString()!.ShouldContain("\"ipAllowList\":\"\"");
        entry.GetProperty("newValues").GetString()!.ShouldContain("203.0.113.0/24");
    }

    [Fact]
    public async Task Change_InvalidEntries_NamesEachBadEntry()
    {
        var org = await Organisation.CreateAsync(factory);
        var owner = await org.AddUserAsync(SystemRoles.Owner, [org.Main], owner: true);
        var token = await org.TokenForAsync(owner, org.Main);

        using var change = await SendAsync(org, HttpMethod.Put, token, OfficeAddress,
            new { requireTwoFactor = true, ipAllowList = new[] { "203.0.113.0/24", "banana", "300.1.1.1/8" } }, language: "en-US");

        change.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await change.JsonAsync()).GetProperty("errors");
        errors.GetProperty("ipAllowList[1]")[0].GetString().ShouldBe("\"banana\" is not a valid IP address or CIDR network (e.g. 10.0.0.0/8, 2001:db8::/32).");
        errors.GetProperty("ipAllowList[2]")[0].GetString()!.ShouldContain("300.1.1.1/8");
        errors.TryGetProperty("ipAllowList[0]", out _).ShouldBeFalse();
        (await PolicyAsync(org)).IpAllowList.ShouldBeEmpty();
    }

    [Fact]
    public async Task Change_ListWithoutTheCallersAddress_IsRefusedSoTheOwnerCannotLockThemselvesOut()
    {
        var org = await Organisation.CreateAsync(factory);
        var owner = await org.AddUserAsync(SystemRoles.Owner, [org.Main], owner: true);
        var token = await org.TokenForAsync(owner, org.Main);

        using var change = await SendAsync(org, HttpMethod.Put, token, OfficeAddress, new { requireTwoFactor = true, ipAllowList = new[] { "198.51.100.0/24" } });

        change.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await change.JsonAsync()).GetProperty("errors").GetProperty("ipAllowList")[0].GetString()!.ShouldContain(OfficeAddress);
        (await PolicyAsync(org)).IpAllowList.ShouldBeEmpty();
    }

    [Fact]
    public async Task Change_ByAdminWhoIsNoOwnerOrByEmployee_IsForbidden()
    {
        var org = await Organisation.CreateAsync(factory);
        var admin = await org.AddUserAsync(SystemRoles.Admin, [org.Main]);
        var employee = await org.AddUserAsync(SystemRoles.Employee, [org.Main]);
        var adminToken = await org.TokenForAsync(admin, org.Main);
        var employeeToken = await org.TokenForAsync(employee, org.Main);
        var body = new { requireTwoFactor = false, ipAllowList = Array.Empty<string>() };

        using var byAdmin = await SendAsync(org, HttpMethod.Put, adminToken, OfficeAddress, body);
        using var byEmployee = await SendAsync(org, HttpMethod.Put, employeeToken, OfficeAddress, body);
        using var adminReads = await SendAsync(org, HttpMethod.Get, adminToken, OfficeAddress);

        byAdmin.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        byEmployee.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await adminReads.JsonAsync()).GetProperty("canChange").GetBoolean().ShouldBeFalse();
        (await PolicyAsync(org)).RequireTwoFactor.ShouldBeFalse();
    }

    [Fact]
    public async Task Change_WithATokenOfAnotherTenant_LeavesThatTenantAlone()
    {
        var mine = await Organisation.CreateAsync(factory);
        var theirs = await Organisation.CreateAsync(factory, requireTwoFactor: true);
        var owner = await mine.AddUserAsync(SystemRoles.Owner, [mine.Main], owner: true);
        var token = await mine.TokenForAsync(owner, mine.Main);

        using var change = await SendAsync(theirs, HttpMethod.Put, token, OfficeAddress, new { requireTwoFactor = false, ipAllowList = new[] { "203.0.113.0/24" } });

        change.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var policy = await PolicyAsync(theirs);
        policy.RequireTwoFactor.ShouldBeTrue();
        policy.IpAllowList.ShouldBeEmpty();
    }

    private static async Task<HttpResponseMessage> SendAsync(
        Organisation org, HttpMethod method, string? token, string address, object? body = null, string path = "/api/v1/security-policy", string? language = null)
    {
        using var request = org.Request(method, path, body, token);
        request.Headers.Add(ClientAddressStartupFilter.Header, address);
        if (language is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(language);
        }

        return await org.Factory.CreateClient().SendAsync(request);
    }

    private static async Task<(bool RequireTwoFactor, List<string> IpAllowList)> PolicyAsync(Organisation org)
    {
        await using var catalog = await org.Factory.CatalogAsync();
        var tenant = await catalog.Tenants.AsNoTracking().SingleAsync(t => t.Id == org.Tenant.Id);
        return (tenant.RequireTwoFactor, tenant.IpAllowList);
    }
}
