using System.Net.Http.Json;
using System.Text.Json;
using MetaHub.IntegrationTests.Infrastructure;
using MetaHub.Kernel.Tenancy;
using MetaHub.Onboarding.Provisioning;
using MetaHub.Tenancy.Catalog;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MetaHub.IntegrationTests.Onboarding;

/// <summary>Provisioning is a durable job: a host that stops half-way leaves it for the next start to finish.</summary>
public sealed class ProvisioningRestartTests
{
    [Fact]
    public async Task Provision_HostStopsHalfWay_TheRestartedHostFinishesTheJob()
    {
        var first = new StoppingHalfWay();
        var registration = await VerifiedSignUp.CreateAsync(first.Services, "yeniden-" + Guid.NewGuid().ToString("N")[..8], "Yeniden.Baslat-2026", "http://localhost:5000");
        await first.Services.GetRequiredService<ProvisioningScheduler>().ScheduleAsync(registration.Id, CancellationToken.None);
        await first.Reached.Task.WaitAsync(TimeSpan.FromSeconds(60));

        await first.StopKeepingDataAsync();
        await using var restarted = new Restarted(first);
        using var client = restarted.CreateClient();
        var deadline = DateTime.UtcNow.AddSeconds(90);
        JsonElement progress;
        do
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline, "the restarted host did not finish the job");
            await Task.Delay(100);
            progress = await client.GetFromJsonAsync<JsonElement>($"/api/public/tenant-registration/{registration.Id}/status");
        }
        while (!progress.GetProperty("isCompleted").GetBoolean() && !progress.GetProperty("hasError").GetBoolean());

        // The second attempt is the restarted host's: the first never got past the migrations.
        progress.GetProperty("isCompleted").GetBoolean().ShouldBeTrue();
        await using var check = await restarted.CatalogAsync();
        (await check.Tenants.SingleAsync(t => t.Slug == registration.Slug)).Status.ShouldBe(TenantStatus.Active);
        (await check.TenantRegistrations.SingleAsync(r => r.Id == registration.Id)).ProvisioningAttempts.ShouldBe(2);
    }

    /// <summary>A host whose provisioning waits at the migrations until the host stops.</summary>
    private sealed class StoppingHalfWay : MetaHubFactory
    {
        public StoppingHalfWay()
            : base("Development", new Dictionary<string, string?>(StringComparer.Ordinal) { ["MetaHub:Onboarding:Provisioning:DelaySeconds"] = "0" })
        {
        }

        public TaskCompletionSource Reached { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<IProvisioningStepHook>(new WaitAt(ProvisioningStep.RunningMigrations, Reached)));
        }
    }

    private sealed class Restarted(MetaHubFactory previous) : MetaHubFactory(previous);

    private sealed class WaitAt(ProvisioningStep step, TaskCompletionSource reached) : IProvisioningStepHook
    {
        public async ValueTask BeforeAsync(Guid registrationId, ProvisioningStep current, CancellationToken cancellationToken)
        {
            if (current == step)
            {
                reached.TrySetResult();
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
        }
    }
}
