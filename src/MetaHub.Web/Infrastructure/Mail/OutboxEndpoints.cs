using MetaHub.Tenancy.Catalog;
using MetaHub.Web.Components.Dev;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace MetaHub.Web.Infrastructure.Mail;

/// <summary>
/// <c>/dev/outbox</c>: the mail kept instead of sent when no SMTP server is configured, newest
/// first; a page for people, JSON for tests and scripts that ask for it.
/// </summary>
internal static class OutboxEndpoints
{
    public const int DefaultTake = 200;

    public const int MaxTake = 1000;

    public static IEndpointConventionBuilder MapDevelopmentOutbox(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/dev/outbox", ListAsync).ExcludeFromDescription();

    private static async Task<Results<Ok<List<OutboxMailResponse>>, RazorComponentResult<OutboxPage>>> ListAsync(
        int? take, HttpRequest request, IDbContextFactory<CatalogDbContext> catalog, CancellationToken cancellationToken)
    {
        await using var db = await catalog.CreateDbContextAsync(cancellationToken);
        var mails = await db.OutboxMails.AsNoTracking()
            .OrderByDescending(m => m.SentAt)
            .ThenByDescending(m => m.Id)
            .Take(Math.Clamp(take ?? DefaultTake, 1, MaxTake))
            // SQLite hands back unspecified times; they were stored as UTC.
            .Select(m => new OutboxMailResponse(m.To, m.Subject, m.Text, m.Html, DateTime.SpecifyKind(m.SentAt, DateTimeKind.Utc)))
            .ToListAsync(cancellationToken);

        return WantsJson(request)
            ? TypedResults.Ok(mails)
            : new RazorComponentResult<OutboxPage>(new { Mails = mails });
    }

    // A browser's */* is not a request for JSON; only a client naming it, at least as gladly as HTML, is.
    private static bool WantsJson(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        double Quality(string mediaType) => accept
            .Where(a => a.MediaType.Equals(mediaType, StringComparison.OrdinalIgnoreCase))
            .Select(a => a.Quality ?? 1)
            .DefaultIfEmpty(0)
            .Max();

        var json = Quality("application/json");
        return json > 0 && json >= Quality("text/html");
    }
}
