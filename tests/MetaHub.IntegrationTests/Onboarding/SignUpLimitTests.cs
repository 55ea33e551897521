using System.Net;
using System.Net.Http.Json;
using MetaHub.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace MetaHub.IntegrationTests.Onboarding;

/// <summary>The public sign-up's request limit per client address, and its settings checked at start-up.</summary>
public sealed class SignUpLimitTests
{
    [Fact]
    public async Task SignUp_TooManyRequestsFromOneAddress_Gets429OnApiAndPages_WhileAnotherAddressIsServed()
    {
        await using var factory = new LimitedFactory(requestsPerMinute: 2);
        using var client = factory.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add(await ResendFromAsync(client, "203.0.113.7"));
        }

        var other = await ResendFromAsync(client, "203.0.113.8");
        using var page = new HttpRequestMessage(HttpMethod.Get, "/register");
        page.Headers.Add(ClientAddressStartupFilter.Header, "203.0.113.7");
        using var pageResponse = await client.SendAsync(page);

        statuses.ShouldBe([HttpStatusCode.Accepted, HttpStatusCode.Accepted, HttpStatusCode.TooManyRequests]);
        other.ShouldBe(HttpStatusCode.Accepted);
        pageResponse.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
    }

    [Theory]
    [InlineData("CodeMinutes", "0")]
    [InlineData("MaxCodeAttempts", "0")]
    [InlineData("ResendCooldownSeconds", "-1")]
    [InlineData("MaxCodesPerRegistration", "0")]
    [InlineData("RequestsPerMinute", "0")]
    public async Task Start_InvalidOnboardingSetting_FailsWithMessageNamingTheKey(string key, string value)
    {
        await using var factory = MetaHubFactory.Create("Production", new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            [$"MetaHub:Onboarding:{key}"] = value,
        });

        var error = Should.Throw<Exception>(() => factory.CreateClient());

        error.ToString().ShouldContain($"MetaHub:Onboarding:{key} must be between");
    }

    private static async Task<HttpStatusCode> ResendFromAsync(HttpClient client, string address)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, SignUpForm.ResendPath)
        {
            Content = JsonContent.Create(new { email = $"kimse.{Guid.NewGuid():N}@ajans.example" }),
        };
        request.Headers.Add(ClientAddressStartupFilter.Header, address);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    private sealed class LimitedFactory(int requestsPerMinute) : MetaHubFactory(
        "Development",
        new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["MetaHub:Onboarding:RequestsPerMinute"] = requestsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
        })
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, ClientAddressStartupFilter>());
        }
    }
}
