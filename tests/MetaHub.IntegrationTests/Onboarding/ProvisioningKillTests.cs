using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MetaHub.IntegrationTests.Infrastructure;
using MetaHub.Kernel.Tenancy;
using MetaHub.Tenancy.Catalog;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace MetaHub.IntegrationTests.Onboarding;

/// <summary>
/// Provisioning survives a crash: MetaHub.Web runs as a process of its own, is killed outright
/// (SIGKILL) in the middle of a sign-up's provisioning, and the next process finishes the job.
/// </summary>
public sealed class ProvisioningKillTests : IAsyncDisposable
{
    private readonly string runId = Guid.NewGuid().ToString("N")[..10];
    private readonly List<WebProcess> hosts = [];

    private string DataDirectory => Path.Combine(Path.GetTempPath(), "metahub-tests", runId);

    [Fact]
    public async Task Provision_ProcessKilledWhileCreatingTheDatabase_NextProcessFinishesTheJob()
    {
        Assert.SkipUnless(TestDatabase.IsPostgres, "Provisioning is held with a PostgreSQL advisory lock, which SQLite does not have.");
        var settings = Settings();
        var form = SignUpForm.New();

        // Held by the test, the lock under which the template of dedicated databases is prepared
        // stops provisioning inside CreatingDatabase, with no seam in the application.
        await using var templateLock = await LockTemplateAsync(settings);
        var first = await StartAsync(settings);
        var registrationId = await SignUpAsync(first.Client, form);
        await WaitUntilBlockedAsync(templateLock);
        (await StatusAsync(first.Client, registrationId)).GetProperty("step").GetString().ShouldBe("CreatingDatabase");

        await first.KillAsync();
        await templateLock.CloseAsync();
        var second = await StartAsync(settings);
        var progress = await WaitForEndAsync(second.Client, registrationId);

        progress.GetProperty("isCompleted").GetBoolean().ShouldBeTrue(Output());
        await using (var catalog = Catalog(settings))
        {
            (await catalog.Tenants.SingleAsync(t => t.Slug == form.DerivedSlug)).Status.ShouldBe(TenantStatus.Active);
            (await catalog.TenantRegistrations.SingleAsync(r => r.Id == registrationId)).ProvisioningAttempts.ShouldBe(2);
        }

        using var login = await second.Client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/auth/login")
        {
            Headers = { { "x-tenant", form.DerivedSlug } },
            Content = JsonContent.Create(new { email = form.Email, password = form.Password }),
        });
        login.StatusCode.ShouldBe(HttpStatusCode.OK, Output());

        // The restarted process leaves the half-made tenant to the job instead of migrating it at start-up.
        second.Output.ShouldNotContain("fail:", Case.Sensitive, Output());
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var host in hosts)
        {
            await host.DisposeAsync();
        }

        if (Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }

    /// <summary>The settings of an isolated test host, as environment variables of a server process.</summary>
    private Dictionary<string, string?> Settings()
    {
        var settings = TestDatabase.IsolatedSettings(DataDirectory, runId);
        settings["ASPNETCORE_ENVIRONMENT"] = "Development";
        settings["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        settings["MetaHub:Demo:Enabled"] = "false";
        settings["MetaHub:Onboarding:Provisioning:DelaySeconds"] = "0";
        settings["MetaHub:Onboarding:Provisioning:Placement"] = nameof(TenantPlacement.Dedicated);
        settings["MetaHub:Mail:Host"] = "127.0.0.1";
        settings["MetaHub:Mail:Port"] = MailServer.Instance.SmtpPort.ToString(CultureInfo.InvariantCulture);
        settings["MetaHub:Mail:Security"] = "None";
        return settings.ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value, StringComparer.Ordinal);
    }

    private async Task<WebProcess> StartAsync(Dictionary<string, string?> settings)
    {
        var host = await WebProcess.StartAsync(settings);
        hosts.Add(host);
        return host;
    }

    private string Output() => string.Join("\n", hosts.Select((h, i) => $"--- MetaHub.Web process {i + 1} ---\n{h.Output}"));

    private static async Task<NpgsqlConnection> LockTemplateAsync(Dictionary<string, string?> settings)
    {
        // Unpooled, so closing the connection ends the session and with it the lock.
        var server = new NpgsqlConnectionStringBuilder(settings["ConnectionStrings__Tenants"]) { Pooling = false };
        var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT pg_advisory_lock(hashtext(@name))", connection);
        command.Parameters.AddWithValue("name", settings["MetaHub__Database__DedicatedDatabasePrefix"] + "_template");
        await command.ExecuteNonQueryAsync();
        return connection;
    }

    private async Task WaitUntilBlockedAsync(NpgsqlConnection templateLock)
    {
        await using var waiting = new NpgsqlCommand(
            "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND pg_backend_pid() = ANY(pg_blocking_pids(pid))", templateLock);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while ((long)(await waiting.ExecuteScalarAsync())! == 0)
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline, "provisioning never waited for the template lock\n" + Output());
            await Task.Delay(100);
        }
    }

    private static async Task<Guid> SignUpAsync(HttpClient client, SignUpForm form)
    {
        using var registered = await form.PostAsync(client);
        registered.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        using var verified = await client.PostAsJsonAsync(SignUpForm.VerifyPath, new { email = form.Email, code = SignUpForm.CodeIn(await form.MailAsync()) });
        verified.StatusCode.ShouldBe(HttpStatusCode.OK);
        return (await verified.JsonAsync()).GetProperty("registrationId").GetGuid();
    }

    private static Task<JsonElement> StatusAsync(HttpClient client, Guid registrationId) =>
        client.GetFromJsonAsync<JsonElement>($"/api/public/tenant-registration/{registrationId}/status");

    /// <summary>Generous: the new process takes over the dead one's job only once the cluster sees the dead one miss its check-ins.</summary>
    private async Task<JsonElement> WaitForEndAsync(HttpClient client, Guid registrationId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (true)
        {
            var progress = await StatusAsync(client, registrationId);
            if (progress.GetProperty("isCompleted").GetBoolean() || progress.GetProperty("hasError").GetBoolean())
            {
                return progress;
            }

            DateTime.UtcNow.ShouldBeLessThan(deadline, $"provisioning still at {progress.GetProperty("step").GetString()}\n{Output()}");
            await Task.Delay(250);
        }
    }

    private static CatalogDbContext Catalog(Dictionary<string, string?> settings) =>
        new(new DbContextOptionsBuilder<CatalogDbContext>().UseNpgsql(settings["ConnectionStrings__Catalog"]).Options);
}
