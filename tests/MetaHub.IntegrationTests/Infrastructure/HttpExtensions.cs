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

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>();
}
