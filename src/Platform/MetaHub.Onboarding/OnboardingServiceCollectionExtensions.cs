using System.Threading.RateLimiting;
using MetaHub.Kernel.Modules;
using MetaHub.Onboarding.Jobs;
using MetaHub.Onboarding.Provisioning;
using MetaHub.Onboarding.Registration;
using MetaHub.Onboarding.Setup;
using MetaHub.Subscriptions.Modules;
using MetaHub.Tenancy.Catalog;
using MetaHub.Tenancy.Resolution;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;
using Quartz;

namespace MetaHub.Onboarding;

/// <summary>
/// Self-service onboarding (SPEC §3): sign-up and email verification, provisioning a tenant as a
/// durable job with live progress, the setup wizard and the subscription it creates. It joins
/// Tenancy (catalog, placement) and Access (the first company, roles and user).
/// </summary>
public static class OnboardingServiceCollectionExtensions
{
    /// <summary>Onboarding, and the scheduler with the platform's jobs and those <paramref name="modules"/> run per tenant.</summary>
    public static IServiceCollection AddOnboarding(this IServiceCollection services, IConfiguration configuration, IReadOnlyList<IModule> modules)
    {
        services.AddOptions<OnboardingOptions>().BindConfiguration(OnboardingOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<OnboardingOptions>, OnboardingOptionsValidator>();
        services.AddSingleton<VerificationMail>();
        services.AddScoped<SignUp>();
        services.AddScoped<EmailVerification>();
        services.AddScoped<CodeResend>();

        // Sign-up has no tenant to share a limit with: each client address gets its own.
        services.AddRateLimiter(options => options.AddPolicy(RegistrationEndpoints.RateLimit, context =>
        {
            var perMinute = context.RequestServices.GetRequiredService<IOptions<OnboardingOptions>>().Value.RequestsPerMinute;
            return RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
        }));

        services.AddOptions<OnboardingProvisioningOptions>().BindConfiguration(OnboardingProvisioningOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSignalR();
        services.AddSingleton<ProvisioningStatus>();
        services.AddSingleton<ProvisioningScheduler>();
        services.AddTransient<TenantProvisioning>();
        services.AddScoped<SetupService>();

        // The job store lives in the catalog database, so a verified sign-up survives a restart and,
        // on PostgreSQL, any node of a cluster finishes it. Quartz creates its tables when missing.
        var postgres = configuration.GetValue<DatabaseProvider>($"{DatabaseOptions.Section}:{nameof(DatabaseOptions.Provider)}") == DatabaseProvider.Postgres;
        services.AddQuartz(quartz =>
        {
            quartz.UsePersistentStore(store =>
            {
                store.UseSystemTextJsonSerializer();
                store.ProvisionSchema();

                // A job the host stopped half-way (shutdown cancels it) runs again at the next start;
                // one a crash killed is recovered because it asks for recovery.
                store.ConfigureStore(o => o.RecoverFiringsCancelledByShutdown = true);
                if (postgres)
                {
                    store.UsePostgres(source => source.DataSourceFactory = CatalogSource(NpgsqlFactory.Instance));
                    store.UseClustering();
                }
                else
                {
                    store.UseSqlite(source => source.DataSourceFactory = CatalogSource(SqliteFactory.Instance));
                }
            });
            quartz.ScheduleJob<RotateTenantCredentialsJob>(
                trigger => trigger.WithIdentity(RotateTenantCredentialsJob.Name).WithCronSchedule("0 30 3 * * ?"),
                job => job.WithIdentity(RotateTenantCredentialsJob.Name));
            quartz.ScheduleJob<RepairModulesJob>(
                trigger => trigger.WithIdentity(RepairModulesJob.Name).WithCronSchedule("0 0 4 * * ?"),
                job => job.WithIdentity(RepairModulesJob.Name));
            foreach (var tenantJob in modules.SelectMany(m => m.Jobs))
            {
                quartz.ScheduleJob<ScheduledTenantJob>(
                    trigger => trigger.WithIdentity(tenantJob.Code).WithCronSchedule(tenantJob.Schedule),
                    job => job.WithIdentity(tenantJob.Code));
            }
        });

        // Nodes of a cluster share the scheduler's name and tell each other apart by a generated id.
        services.Configure<QuartzSchedulerOptions>(o =>
            (o.InstanceName, o.GenerateInstanceId, o.ShutdownJobInterruption) = ("MetaHub", true, ShutdownJobInterruption.Always));
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return services;
    }

    public static IEndpointRouteBuilder MapOnboardingEndpoints(this IEndpointRouteBuilder endpoints)
    {
        RegistrationEndpoints.Map(endpoints);
        ProvisioningEndpoints.Map(endpoints);
        SetupEndpoints.Map(endpoints);
        endpoints.MapHub<TenantCreationHub>(TenantCreationHub.Path).WithMetadata(new TenantNotRequiredAttribute());
        return endpoints;
    }

    private static Func<IServiceProvider, System.Data.Common.DbDataSource> CatalogSource(System.Data.Common.DbProviderFactory factory) =>
        services => factory.CreateDataSource(CatalogDbContextOptions.ConnectionString(services.GetRequiredService<IOptions<DatabaseOptions>>().Value));
}
