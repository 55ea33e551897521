using MetaHub.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace MetaHub.E2E.Infrastructure;

/// <summary>
/// The real host on a Kestrel port (Development, demo tenant seeded) and Debian's Chromium
/// driven by Playwright. <c>*.localhost</c> resolves to loopback in Chromium, so
/// <c>http://demo.localhost:PORT/</c> reaches the host exactly as a user's browser would.
/// </summary>
public sealed class BrowserHost : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "metahub-e2e", Guid.NewGuid().ToString("N")[..10]);
    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;

    public int Port { get; private set; }

    public string TenantUrl(string slug, string path = "/") => $"http://{slug}.localhost:{Port}{path}";

    /// <summary>The platform's own address, where no tenant is resolved (sign-up, the operators' area).</summary>
    public string PlatformUrl(string path) => $"http://localhost:{Port}{path}";

    public async ValueTask InitializeAsync()
    {
        UseKestrel(0);
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Port = new Uri(address).Port;

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("PLAYWRIGHT_CHROMIUM_EXECUTABLE") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var settings = TestDatabase.IsolatedSettings(dataDirectory, Guid.NewGuid().ToString("N")[..10]);
        settings["MetaHub:Demo:Enabled"] = "true";
        settings["MetaHub:Demo:RequireTwoFactor"] = "true";
        settings["MetaHub:Auth:SignInAttemptsPerMinute"] = "100000";
        settings["MetaHub:Mail:Host"] = "127.0.0.1";
        settings["MetaHub:Mail:Port"] = MailServer.Instance.SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["MetaHub:Mail:Security"] = "None";
        builder.UseEnvironment("Development");
        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(settings));
    }

    public override async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
