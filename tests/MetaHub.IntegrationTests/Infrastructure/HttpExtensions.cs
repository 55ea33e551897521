using System.Net.Http.Json;
using System.Text.Json;

namespace MetaHub.IntegrationTests.Infrastructure;

public static class HttpExtensions
{
    public static HttpRequestMessage Get(string path, string? tenant = null, string? host = null, string? language = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (tenant is not null)
        {
            request.Headers.Add("x-tenant", tenant);
        }

        if (host is not null)
        {
            request.Headers.Host = host;
        }

        if (language is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(language);
        }

        return request;
    }

    /// <summary>A request with an optional JSON body, bearer token and tenant header.</summary>
    public static HttpRequestMessage Request(HttpMethod method, string path, object? body = null, string? accessToken = null, string? tenant = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (tenant is not null)
        {
            request.Headers.Add("x-tenant", tenant);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        if (accessToken is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", accessToken);
        }

        return request;
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>();
}
