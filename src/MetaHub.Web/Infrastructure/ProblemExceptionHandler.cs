using System.Globalization;
using System.Text.Json;
using MetaHub.Kernel.Data;
using MetaHub.Kernel.Errors;
using MetaHub.Kernel.Mail;
using MetaHub.Tenancy.Resolution;
using MetaHub.Web.Resources;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace MetaHub.Web.Infrastructure;

/// <summary>
/// The one place exceptions become RFC 9457 problem details. Outside Development a 500 says only
/// that something failed and which correlation id to quote; the stack trace stays in the log.
/// </summary>
internal sealed partial class ProblemExceptionHandler(
    IProblemDetailsService problemDetails,
    IStringLocalizer<WebResources> localizer,
    IHostEnvironment environment,
    ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        // The exception has left the localisation middleware, and its culture with it; the
        // request's language is still on the context, so the answer speaks it.
        if (httpContext.Features.Get<IRequestCultureFeature>() is { RequestCulture: var language })
        {
            CultureInfo.CurrentCulture = language.Culture;
            CultureInfo.CurrentUICulture = language.UICulture;
        }

        var (status, titleKey, detail) = exception switch
        {
            BadHttpRequestException { InnerException: JsonException json } when FieldOf(json) is not null =>
                (StatusCodes.Status400BadRequest, "problem.validation", localizer["problem.badValue"].Value),
            NotFoundException e => (StatusCodes.Status404NotFound, "problem.notFound", e.Message),
            ValidationException e => (StatusCodes.Status400BadRequest, "problem.validation", e.Message),
            ConflictException e => (StatusCodes.Status409Conflict, "problem.conflict", e.Message),
            ForbiddenException e => (StatusCodes.Status403Forbidden, "problem.forbidden", e.Message),
            TooManyRequestsException e => (StatusCodes.Status429TooManyRequests, "problem.tooManyRequests", e.Message),
            EmailDeliveryException e => (StatusCodes.Status503ServiceUnavailable, "problem.mail", e.Message),
            FeatureDisabledException => (StatusCodes.Status403Forbidden, "problem.featureDisabled", localizer["problem.featureDisabled.detail"].Value),
            TenantIsolationException => (StatusCodes.Status403Forbidden, "problem.forbidden", localizer["problem.forbidden.detail"].Value),
            DbUpdateConcurrencyException => (StatusCodes.Status409Conflict, "problem.conflict", localizer["problem.conflict.detail"].Value),
            BadHttpRequestException e => (e.StatusCode, "problem.badRequest", e.Message),
            _ => (StatusCodes.Status500InternalServerError, "problem.unexpected", localizer["problem.unexpected.detail"].Value),
        };

        // The tenant's own log scope ended when the exception left its middleware.
        using (httpContext.Features.Get<TenantEntry>() is { } tenant ? logger.BeginScope(tenant.LogScope) : null)
        {
            if (status >= StatusCodes.Status500InternalServerError)
            {
                LogUnhandled(logger, exception);
            }
            else if (exception is TenantIsolationException)
            {
                LogIsolationViolation(logger, exception);
            }
        }

        var problem = exception switch
        {
            ValidationException validation =>
                new HttpValidationProblemDetails(validation.Errors.ToDictionary(StringComparer.Ordinal)) { Status = status, Title = localizer[titleKey], Detail = detail },
            BadHttpRequestException { InnerException: JsonException json } when FieldOf(json) is { } field =>
                new HttpValidationProblemDetails(new Dictionary<string, string[]>(StringComparer.Ordinal) { [field] = [detail] })
                {
                    Status = status, Title = localizer[titleKey], Detail = detail,
                },
            _ => new ProblemDetails { Status = status, Title = localizer[titleKey], Detail = detail },
        };
        if (exception is ConflictException { Extensions: var extensions })
        {
            foreach (var (key, value) in extensions)
            {
                problem.Extensions[key] = value;
            }
        }

        if (exception is TooManyRequestsException wait)
        {
            problem.Extensions["retryAfterSeconds"] = wait.RetryAfterSeconds;
            httpContext.Response.Headers.RetryAfter = wait.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        }

        if (environment.IsDevelopment())
        {
            problem.Extensions["exception"] = exception.ToString();
        }

        httpContext.Response.StatusCode = status;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    /// <summary>
    /// The JSON field a body could not be read at (<c>$.status</c> → <c>status</c>), e.g. an
    /// unknown enumeration name or a text where a number belongs, so the client learns which field
    /// to fix; null when the body as a whole is unreadable.
    /// </summary>
    private static string? FieldOf(JsonException json) =>
        json.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : null;

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception")]
    private static partial void LogUnhandled(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Tenant isolation violation refused")]
    private static partial void LogIsolationViolation(ILogger logger, Exception exception);
}
