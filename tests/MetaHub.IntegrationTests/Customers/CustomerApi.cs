using System.Net;
using System.Text.Json;
using MetaHub.Access.Domain;
using MetaHub.IntegrationTests.Infrastructure;
using MetaHub.Kernel.Security;
using MetaHub.Tenancy.Catalog;

namespace MetaHub.IntegrationTests.Customers;

/// <summary>A signed-in member of one company calling <c>/api/v1/customers</c>.</summary>
internal sealed class CustomerApi(Organisation org, TestUser user, string token)
{
    public const string Root = "/api/v1/customers";

    public Organisation Org => org;

    public TestUser User => user;

    /// <summary>A new organisation (tenant) and a member of its main company holding <paramref name="role"/>.</summary>
    public static async Task<CustomerApi> StartAsync(
        MetaHubFactory factory, SystemRoles role = SystemRoles.Owner, TenantPlacement placement = TenantPlacement.Dedicated) =>
        await ForAsync(await Organisation.CreateAsync(factory, placement), role);

    /// <summary>Another member of <paramref name="org"/>, in <paramref name="company"/> (the main one unless said).</summary>
    public static async Task<CustomerApi> ForAsync(Organisation org, SystemRoles role, Company? company = null)
    {
        company ??= org.Main;
        var user = await org.AddUserAsync(role, [company]);
        return new CustomerApi(org, user, await org.TokenForAsync(user, company));
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body = null, string? language = null)
    {
        using var request = org.Request(method, path, body, token);
        if (language is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(language);
        }

        return await org.Factory.CreateClient().SendAsync(request);
    }

    public async Task<JsonElement> GetAsync(string path)
    {
        using var response = await SendAsync(HttpMethod.Get, path);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await response.JsonAsync();
    }

    /// <summary>Adds a customer (look-alikes allowed) and returns its id.</summary>
    public async Task<Guid> CreateAsync(
        string companyName, string? email = null, string? phone = null, string? status = null, string? sector = null, string? contactPerson = null)
    {
        using var response = await SendAsync(
            HttpMethod.Post, $"{Root}?allowDuplicate=true", new { companyName, email, phone, status, sector, contactPerson });
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        return (await response.JsonAsync()).GetProperty("id").GetGuid();
    }

    /// <summary>Adds an item under a customer (contacts, interactions, reminders) and returns its id.</summary>
    public async Task<Guid> AddAsync(Guid customerId, string part, object body)
    {
        using var response = await SendAsync(HttpMethod.Post, $"{Root}/{customerId}/{part}", body);
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        return (await response.JsonAsync()).GetProperty("id").GetGuid();
    }

    /// <summary>The company names of a list page, in order.</summary>
    public async Task<string[]> NamesAsync(string query = "")
    {
        var page = await GetAsync($"{Root}{query}");
        return [.. page.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("companyName").GetString()!)];
    }
}
