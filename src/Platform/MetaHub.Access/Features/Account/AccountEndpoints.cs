using MetaHub.Access.Features.Auth;
using MetaHub.Access.Sessions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace MetaHub.Access.Features.Account;

/// <summary><c>/api/auth</c>: forgotten and changed passwords, and the user's own profile.</summary>
internal static class AccountEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var auth = endpoints.MapGroup("/api/auth").WithTags("Auth");

        var anonymous = auth.MapGroup("/password").RequireRateLimiting(AuthEndpoints.SignInRateLimit).AllowAnonymous();
        anonymous.MapPost("/forgot", Forgot).WithName("ForgotPassword")
            .WithSummary("Mails a password-reset link if the address has an account; the answer is the same either way.");
        anonymous.MapPost("/reset", Reset).WithName("ResetPassword").ProducesValidationProblem()
            .WithSummary("Sets a new password with the link's token; every session of the user closes.");

        var signedIn = auth.MapGroup("").RequireAuthorization();
        signedIn.MapPost("/password", Change).WithName("ChangePassword").ProducesValidationProblem().RequireRateLimiting(AuthEndpoints.SignInRateLimit)
            .WithSummary("Changes the user's password after checking the current one; other sessions close.");
        signedIn.MapGet("/profile", GetProfile).WithName("GetProfile").WithSummary("The user's own name, email and phone number.");
        signedIn.MapPut("/profile", UpdateProfile).WithName("UpdateProfile").ProducesValidationProblem()
            .WithSummary("Changes the user's own name and phone number.");
    }

    /// <summary>The address the caller used, for links in emails when none is configured.</summary>
    public static string SiteUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";

    private static async Task<Accepted> Forgot(ForgotPasswordRequest request, Passwords passwords, HttpContext http, CancellationToken cancellationToken)
    {
        await passwords.ForgotAsync(request, SiteUrl(http.Request), ClientInfo.From(http), cancellationToken);
        return TypedResults.Accepted((string?)null);
    }

    private static async Task<NoContent> Reset(ResetPasswordRequest request, Passwords passwords, HttpContext http, CancellationToken cancellationToken)
    {
        await passwords.ResetAsync(request, ClientInfo.From(http), cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> Change(
        ChangePasswordRequest request, Passwords passwords, CurrentUser user, CancellationToken cancellationToken)
    {
        await passwords.ChangeAsync(user.UserId!.Value, user.SessionId!.Value, request, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<ProfileResponse>> GetProfile(Profiles profiles, CurrentUser user, CancellationToken cancellationToken) =>
        TypedResults.Ok(await profiles.GetAsync(user.UserId!.Value, cancellationToken));

    private static async Task<NoContent> UpdateProfile(ProfileRequest request, Profiles profiles, CurrentUser user, CancellationToken cancellationToken)
    {
        await profiles.UpdateAsync(user.UserId!.Value, request, cancellationToken);
        return TypedResults.NoContent();
    }
}
