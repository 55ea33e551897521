using MetaHub.Operators.Accounts;
using MetaHub.Tenancy.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MetaHub.Web.Demo;

/// <summary>
/// With the demo, the development operator <c>platform@metahub.local</c> (demo password) for the
/// <c>/platform</c> area. It is added when missing and never changed afterwards; as a development
/// account it may skip the second factor while <c>MetaHub:Demo:RequireTwoFactor</c> is off.
/// </summary>
internal sealed partial class DemoOperatorSeeder(
    IServiceScopeFactory scopes,
    IDbContextFactory<CatalogDbContext> catalogs,
    IOptions<DemoOptions> options,
    IHostEnvironment environment,
    ILogger<DemoOperatorSeeder> logger)
{
    public const string Email = "platform@metahub.local";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.IsEnabled(environment))
        {
            return;
        }

        await using (var catalog = await catalogs.CreateDbContextAsync(cancellationToken))
        {
            if (await catalog.PlatformOperators.AnyAsync(o => o.Email == Email, cancellationToken))
            {
                return;
            }
        }

        await using var scope = scopes.CreateAsyncScope();
        var added = await scope.ServiceProvider.GetRequiredService<OperatorAccounts>()
            .AddAsync(Email, "Platform", "Operatörü", options.Value.Password, developmentAccount: true, cancellationToken);
        if (!added.Succeeded)
        {
            throw new InvalidOperationException(
                $"The development operator {Email} could not be created: {string.Join(" ", added.Errors.Select(e => e.Description))} Check MetaHub:Demo:Password.");
        }

        LogSeeded(logger, Email);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Development operator {Email} is ready at /platform")]
    private static partial void LogSeeded(ILogger logger, string email);
}
