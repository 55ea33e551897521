using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MetaHub.IntegrationTests.Infrastructure;
using MetaHub.Kernel.Tenancy;
using MetaHub.Onboarding.Provisioning;
using MetaHub.Tenancy.Catalog;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace MetaHub.IntegrationTests.Onboarding;

/// <summary>A verified sign-up becoming a working tenant through the durable provisioning job.</summary>
public sealed class ProvisioningTests(ProvisioningTests.ProvisioningFactory factory) : IClassFixture<ProvisioningTests.ProvisioningFactory>
{
    private const string Password = "Kurulus.Parola-2026";

    [Fact]
    public async Task Provision_VerifiedSignUp_ReachesCompletedAndTheOwnerCanSignInOnTheNewTenant()
    {
        var registration = await VerifiedSignUpAsync();

        await factory.Services.GetRequiredService<ProvisioningScheduler>().ScheduleAsync(registration.Id, CancellationToken.None);
        var progress = await WaitForEndAsync(registration.Id);

        progress.GetProperty("isCompleted").GetBoolean().ShouldBeTrue();
        progress.GetProperty("hasError").GetBoolean().ShouldBeFalse();
        progress.GetProperty("progressPercentage").GetInt32().ShouldBe(100);
        progress.GetProperty("step").GetString().ShouldBe("Completed");
        new Uri(progress.GetProperty("loginUrl").GetString()!).Host.ShouldBe($"{registration.Slug}.localhost");

        await using (var catalog = await factory.CatalogAsync())
        {
            var tenant = await catalog.Tenants.Include(t => t.Domains).SingleAsync(t => t.Slug == registration.Slug);
            tenant.Status.ShouldBe(TenantStatus.Active);
            tenant.Name.ShouldBe(registration.TeamName);
            tenant.OwnerEmail.ShouldBe(registration.Email);
            tenant.Domains.ShouldContain(d => d.IsPrimary && d.IsVerified && d.Domain == $"{registration.Slug}.localhost");
        }

        using var login = await factory.CreateClient().SendAsync(SignIn(registration.Slug, registration.Email, Password));
        login.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await login.JsonAsync()).GetProperty("requiresEnrollment").GetBoolean().ShouldBeTrue();
        using var wrong = await factory.CreateClient().SendAsync(SignIn(registration.Slug, registration.Email, "Yanlis.Parola-2026"));
        wrong.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var welcome = await MailServer.Instance.WaitForAsync(registration.Email);
        welcome.Subject.ShouldContain(registration.TeamName);
        welcome.Link("/account/login").Host.ShouldBe($"{registration.Slug}.localhost");
    }

    [Theory]
    [InlineData(ProvisioningStep.Starting)]
    [InlineData(ProvisioningStep.CreatingTenant)]
    [InlineData(ProvisioningStep.CreatingMasterUser)]
    [InlineData(ProvisioningStep.CreatingDatabase)]
    [InlineData(ProvisioningStep.RunningMigrations)]
    [InlineData(ProvisioningStep.SeedingData)]
    [InlineData(ProvisioningStep.ActivatingTenant)]
    [InlineData(ProvisioningStep.SendingWelcomeEmail)]
    public async Task Provision_StepFails_ShowsFailedStep_RetryCleansUpAndCompletes(ProvisioningStep failingStep)
    {
        var registration = await VerifiedSignUpAsync();
        factory.Faults[registration.Id] = failingStep;

        await factory.Services.GetRequiredService<ProvisioningScheduler>().ScheduleAsync(registration.Id, CancellationToken.None);
        var failed = await WaitForEndAsync(registration.Id);

        failed.GetProperty("hasError").GetBoolean().ShouldBeTrue();
        failed.GetProperty("step").GetString().ShouldBe("Failed");
        failed.GetProperty("errorMessage").GetString()!.ShouldContain("hata");
        await using (var catalog = await factory.CatalogAsync())
        {
            (await catalog.TenantRegistrations.SingleAsync(r => r.Id == registration.Id)).Step.ShouldBe(failingStep);
        }

        using var retry = await factory.CreateClient().PostAsync($"/api/public/tenant-registration/{registration.Id}/retry", content: null);
        retry.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var done = await WaitForEndAsync(registration.Id);

        done.GetProperty("isCompleted").GetBoolean().ShouldBeTrue();
        await using var check = await factory.CatalogAsync();
        (await check.Tenants.CountAsync(t => t.Slug == registration.Slug)).ShouldBe(1);
        (await check.TenantRegistrations.SingleAsync(r => r.Id == registration.Id)).ProvisioningAttempts.ShouldBe(2);
        using var login = await factory.CreateClient().SendAsync(SignIn(registration.Slug, registration.Email, Password));
        login.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Retry_FailedAttemptCannotBeRemoved_FailsWithCleanupFailed_AndSucceedsOnceItCanBe()
    {
        Assert.SkipUnless(TestDatabase.IsPostgres, "A database the server refuses to drop exists on the PostgreSQL pass of test.sh.");
        var registration = await VerifiedSignUpAsync();
        factory.Faults[registration.Id] = ProvisioningStep.RunningMigrations;
        await factory.Services.GetRequiredService<ProvisioningScheduler>().ScheduleAsync(registration.Id, CancellationToken.None);
        (await WaitForEndAsync(registration.Id)).GetProperty("hasError").GetBoolean().ShouldBeTrue();
        string leftOver;
        await using (var catalog = await factory.CatalogAsync())
        {
            leftOver = await catalog.Tenants.Where(t => t.Slug == registration.Slug).Select(t => t.Database.Name).SingleAsync();
        }

        // PostgreSQL refuses to drop a template database, so the orphan cleanup cannot finish.
        await ServerAsync($"ALTER DATABASE \"{leftOver}\" IS_TEMPLATE true");
        using (var retry = await factory.CreateClient().PostAsync($"/api/public/tenant-registration/{registration.Id}/retry", content: null))
        {
            retry.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        }

        var refused = await WaitForEndAsync(registration.Id);
        refused.GetProperty("hasError").GetBoolean().ShouldBeTrue();
        refused.GetProperty("errorMessage").GetString().ShouldBe("Önceki başarısız deneme temizlenemedi. Lütfen destek ile iletişime geçin.");
        await using (var catalog = await factory.CatalogAsync())
        {
            (await catalog.TenantRegistrations.SingleAsync(r => r.Id == registration.Id)).Step.ShouldBe(ProvisioningStep.Starting);
            (await catalog.Tenants.CountAsync(t => t.Slug == registration.Slug)).ShouldBe(1, "the orphan is kept for the next attempt");
        }

        await ServerAsync($"ALTER DATABASE \"{leftOver}\" IS_TEMPLATE false");
        using (var retry = await factory.CreateClient().PostAsync($"/api/public/tenant-registration/{registration.Id}/retry", content: null))
        {
            retry.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        }

        (await WaitForEndAsync(registration.Id)).GetProperty("isCompleted").GetBoolean().ShouldBeTrue();
        await using var check = await factory.CatalogAsync();
        (await check.TenantRegistrations.SingleAsync(r => r.Id == registration.Id)).ProvisioningAttempts.ShouldBe(3);
        (await check.Tenants.CountAsync(t => t.Slug == registration.Slug)).ShouldBe(1);
    }

    [Fact]
    public async Task Retry_SignUpThatDidNotFail_IsRefused()
    {
        var registration = await VerifiedSignUpAsync(RegistrationStatus.PendingVerification);

        using var retry = await factory.CreateClient().PostAsync($"/api/public/tenant-registration/{registration.Id}/retry", content: null);
        using var unknown = await factory.CreateClient().GetAsync($"/api/public/tenant-registration/{Guid.NewGuid()}/status");

        retry.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private Task<TenantRegistration> VerifiedSignUpAsync(RegistrationStatus status = RegistrationStatus.Provisioning) =>
        VerifiedSignUp.CreateAsync(factory.Services, "ajans-" + Guid.NewGuid().ToString("N")[..8], Password, "http://localhost:5000", status);

    private async Task<JsonElement> WaitForEndAsync(Guid registrationId)
    {
        using var client = factory.CreateClient();
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            var progress = await client.GetFromJsonAsync<JsonElement>($"/api/public/tenant-registration/{registrationId}/status");
            if (progress.GetProperty("isCompleted").GetBoolean() || progress.GetProperty("hasError").GetBoolean())
            {
                return progress;
            }

            DateTime.UtcNow.ShouldBeLessThan(deadline, $"provisioning still at {progress.GetProperty("step").GetString()}");
            await Task.Delay(100);
        }
    }

    private static async Task ServerAsync(string sql)
    {
        await using var server = new NpgsqlConnection(Environment.GetEnvironmentVariable("ConnectionStrings__Tenants"));
        await server.OpenAsync();
        await using var command = new NpgsqlCommand(sql, server);
        await command.ExecuteNonQueryAsync();
    }

    private static HttpRequestMessage SignIn(string slug, string email, string password) =>
        new(HttpMethod.Post, "/api/auth/login")
        {
            Headers = { { "x-tenant", slug } },
            Content = JsonContent.Create(new { email, password }),
        };

    public sealed class ProvisioningFactory : MetaHubFactory
    {
        public ProvisioningFactory()
            : base("Development", new Dictionary<string, string?>(StringComparer.Ordinal) { ["MetaHub:Onboarding:Provisioning:DelaySeconds"] = "0" })
        {
        }

        /// <summary>The step at which each sign-up's next attempt fails; a fault fires once.</summary>
        public System.Collections.Concurrent.ConcurrentDictionary<Guid, ProvisioningStep> Faults { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<IProvisioningStepHook>(new FaultAtStep(Faults)));
        }
    }

    private sealed class FaultAtStep(System.Collections.Concurrent.ConcurrentDictionary<Guid, ProvisioningStep> faults) : IProvisioningStepHook
    {
        public ValueTask BeforeAsync(Guid registrationId, ProvisioningStep step, CancellationToken cancellationToken) =>
            faults.TryGetValue(registrationId, out var failing) && failing == step && faults.TryRemove(registrationId, out _)
                ? throw new InvalidOperationException($"Injected failure at {step}")
                : ValueTask.CompletedTask;
    }
}
