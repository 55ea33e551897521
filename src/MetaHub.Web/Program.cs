using MetaHub.Access.Authentication;
using MetaHub.Kernel.Files;
using MetaHub.Kernel.Http;
using MetaHub.Kernel.Mail;
using MetaHub.Onboarding;
using MetaHub.Subscriptions;
using MetaHub.Operators;
using MetaHub.Tenancy;
using MetaHub.Tenancy.Catalog;
using MetaHub.Tenancy.Resolution;
using MetaHub.Web;
using MetaHub.Web.Components;
using MetaHub.Web.Demo;
using MetaHub.Web.Endpoints;
using MetaHub.Web.Infrastructure;
using MetaHub.Web.Infrastructure.Mail;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Options;
using MudBlazor.Services;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);

builder.Logging.Configure(o => o.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId);
if (builder.Environment.IsDevelopment())
{
    builder.Logging.AddSimpleConsole(o => { o.IncludeScopes = true; o.SingleLine = true; o.TimestampFormat = "HH:mm:ss "; });
}
else
{
    builder.Logging.AddJsonConsole(o => { o.IncludeScopes = true; o.UseUtcTimestamp = true; });
}

var modules = MetaHubModules.All;
builder.Services.AddTenancy(builder.Configuration, builder.Environment, modules);
foreach (var module in modules)
{
    module.AddServices(builder.Services, builder.Configuration);
}

builder.Services.AddOnboarding(builder.Configuration, modules);
builder.Services.AddSubscriptions();
builder.Services.AddOperators();

builder.Services.AddOptions<MailOptions>().BindConfiguration(MailOptions.Section).ValidateDataAnnotations()
    .Validate(o => MimeKit.MailboxAddress.TryParse(o.From, out _), "MetaHub:Mail:From must be a mail address, e.g. 'MetaHub <no-reply@example.com>'.")
    .ValidateOnStart();
builder.Services.AddSingleton<EmailDelivery>();
builder.Services.AddSingleton<IEmailSender>(sp => sp.GetRequiredService<EmailDelivery>());
builder.Services.AddHostedService(sp => sp.GetRequiredService<EmailDelivery>());
builder.Services.AddSingleton<IFileStore>(sp =>
    new LocalFileStore(Path.Combine(sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.DataDirectory, "files")));
builder.Services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.Section);
builder.Services.AddSingleton<DemoTenantSeeder>();
builder.Services.AddSingleton<DemoOperatorSeeder>();
builder.Services.AddOptions<OperatorSignInOptions>().Configure<IOptions<DemoOptions>>((signIn, demo) =>
    signIn.DevelopmentAccountsWithoutSecondFactor = demo.Value.IsEnabled(builder.Environment) && !demo.Value.RequireTwoFactor);
builder.Services.AddDataProtection().SetApplicationName("MetaHub");
builder.Services.AddOptions<KeyManagementOptions>().Configure<IOptions<DatabaseOptions>, ILoggerFactory>((o, database, loggers) =>
    o.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(Path.Combine(database.Value.DataDirectory, "keys")), loggers));

builder.Services.AddOptions<AuthOptions>().PostConfigure<IOptions<DatabaseOptions>, IDataProtectionProvider>((auth, database, protection) =>
{
    if (string.IsNullOrWhiteSpace(auth.SigningKey))
    {
        auth.SigningKey = LocalSigningKey.LoadOrCreate(database.Value.DataDirectory, protection);
    }
});

builder.Services.AddLocalization();
builder.Services.Configure<RequestLocalizationOptions>(Cultures.Configure);
builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = context =>
{
    if (RequestCorrelation.Get(context.HttpContext) is { } correlationId)
    {
        context.ProblemDetails.Extensions["correlationId"] = correlationId;
    }
});
builder.Services.AddExceptionHandler<ProblemExceptionHandler>();

// A body or parameter that cannot be bound is answered by ProblemExceptionHandler in every
// environment (naming the JSON field at fault), not only in Development.
builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
builder.Services.AddOpenApi(o => o.AddOperationTransformer<TenantHeaderOperationTransformer>());
builder.Services.AddMetaHubHealthChecks();
builder.Services.AddHttpContextAccessor();
builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddCascadingAuthenticationState();
builder.Services.AddScoped<CircuitHandler, TenantCircuitHandler>();
builder.Services.AddMudServices();

var app = builder.Build();

app.UseMiddleware<CorrelationIdMiddleware>();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseRequestLocalization();
app.UseRouting();
app.UseTenantResolution();
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();

app.MapStaticAssets().Add(b => b.Metadata.Add(new TenantNotRequiredAttribute()));
app.MapOpenApi().WithMetadata(new TenantNotRequiredAttribute());
app.MapScalarApiReference("/api/docs", o => o.WithTitle("MetaHub API").WithOpenApiRoutePattern("/openapi/{documentName}.json"))
    .WithMetadata(new TenantNotRequiredAttribute());
app.MapMetaHubHealth();
app.MapCultureSwitch().WithMetadata(new TenantNotRequiredAttribute());
if (app.Environment.IsDevelopment())
{
    app.MapDevelopmentOutbox().WithMetadata(new TenantNotRequiredAttribute());
}

app.MapTenantEndpoints();
app.MapAccountEndpoints();
app.MapOnboardingEndpoints();
app.MapSubscriptionsEndpoints();
app.MapOperatorEndpoints();
app.MapPlatformEndpoints();
foreach (var module in modules)
{
    module.MapEndpoints(app);
}

app.MapRazorComponents<App>().AddInteractiveServerRenderMode().AddAdditionalAssemblies(MetaHubModules.PageAssemblies);

await app.Services.MigrateDatabasesAsync(app.Lifetime.ApplicationStopping);
await app.Services.GetRequiredService<DemoTenantSeeder>().SeedAsync(app.Lifetime.ApplicationStopping);
await app.Services.GetRequiredService<DemoOperatorSeeder>().SeedAsync(app.Lifetime.ApplicationStopping);
await app.RunAsync();

/// <summary>Entry point, visible to the test host.</summary>
public partial class Program;
