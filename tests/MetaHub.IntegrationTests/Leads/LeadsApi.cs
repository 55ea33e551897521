using System.Net;
using System.Text.Json;
using MetaHub.IntegrationTests.Infrastructure;
using MetaHub.Tenancy.Catalog;

namespace MetaHub.IntegrationTests.Leads;

/// <summary>What the lead tests share: a tenant with the leads module on, and a lead created through the API.</summary>
internal static class LeadsApi
{
    public static readonly IReadOnlyList<string> Modules = ["customers", "leads", "access"];

    public static Task<Organisation> OrganisationAsync(MetaHubFactory factory, TenantPlacement placement = TenantPlacement.Dedicated) =>
        Organisation.CreateAsync(factory, placement, modules: Modules);

    /// <summary>Creates a lead with <paramref name="body"/> and returns its id; the test fails if the API refuses it.</summary>
    public static async Task<Guid> CreateAsync(Organisation org, string token, object body)
    {
        using var response = await org.SendAsync(HttpMethod.Post, "/api/v1/leads", body, token);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.JsonAsync()).GetProperty("id").GetGuid();
    }

    public static async Task<JsonElement> GetAsync(Organisation org, string token, string path)
    {
        using var response = await org.SendAsync(HttpMethod.Get, path, accessToken: token);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.JsonAsync();
    }

    /// <summary>Sends like <see cref="Organisation.SendAsync"/>, in the language given.</summary>
    public static async Task<HttpResponseMessage> SendInAsync(Organisation org, string language, HttpMethod method, string path, object? body, string token)
    {
        using var request = org.Request(method, path, body, token);
        request.Headers.AcceptLanguage.ParseAdd(language);
        return await org.Factory.CreateClient().SendAsync(request);
    }

    /// <summary>The field errors of a validation problem, by field.</summary>
    public static async Task<Dictionary<string, string>> ErrorsAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        return (await response.JsonAsync()).GetProperty("errors").EnumerateObject()
            .ToDictionary(e => e.Name, e => e.Value[0].GetString()!, StringComparer.Ordinal);
    }
}
