using MetaHub.Access.Features.Account;
using MetaHub.Tenancy.Resolution;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace MetaHub.Onboarding.Registration;

/// <summary>
/// <c>/api/public/tenant-registration</c>: signing up for a new workspace and proving the email
/// address. Public and without a tenant; limited per client address.
/// </summary>
internal static class RegistrationEndpoints
{
    public const string RateLimit = "public-sign-up";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var registration = endpoints.MapGroup("/api/public/tenant-registration").WithTags("Registration")
            .WithMetadata(new TenantNotRequiredAttribute())
            .RequireRateLimiting(RateLimit)
            .AllowAnonymous()
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        registration.MapPost("/register", Register).WithName("RegisterTenant")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithSummary("Signs up for a new workspace and mails a 6-digit code and a link to verify the address.");
        registration.MapPost("/verify-email", Verify).WithName("VerifyRegistrationEmail")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Verifies the address with the mailed code (with the email) or the link's token; the workspace is then prepared in the background.");
        registration.MapPost("/resend", Resend).WithName("ResendRegistrationCode")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Mails a new code and link if a sign-up waits for the address; the answer is the same either way, except during the cooldown.");
    }

    private static async Task<Accepted<RegisterResponse>> Register(
        RegisterRequest request, SignUp signUp, HttpContext http, CancellationToken cancellationToken) =>
        TypedResults.Accepted((string?)null, await signUp.RegisterAsync(request, AccountEndpoints.SiteUrl(http.Request), cancellationToken));

    private static async Task<Ok<VerifyEmailResponse>> Verify(
        VerifyEmailRequest request, EmailVerification verification, HttpContext http, CancellationToken cancellationToken) =>
        TypedResults.Ok(await verification.VerifyAsync(request, AccountEndpoints.SiteUrl(http.Request), cancellationToken));

    private static async Task<Accepted<ResendCodeResponse>> Resend(
        ResendCodeRequest request, CodeResend resend, HttpContext http, CancellationToken cancellationToken) =>
        TypedResults.Accepted((string?)null, await resend.ResendAsync(request, AccountEndpoints.SiteUrl(http.Request), cancellationToken));
}
