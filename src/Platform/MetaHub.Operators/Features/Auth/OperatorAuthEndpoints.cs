using MetaHub.Access.Features.Auth;
using MetaHub.Access.Resources;
using MetaHub.Access.Sessions;
using MetaHub.Access.SignIn;
using MetaHub.Kernel.Security;
using MetaHub.Operators.Sessions;
using MetaHub.Operators.SignIn;
using MetaHub.Tenancy.Catalog;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace MetaHub.Operators.Features.Auth;

/// <summary>
/// <c>/api/platform/auth</c>: an operator's password → second factor (or enrolment) → tokens,
/// refresh, logout and the current operator — with the tenant API's request and answer shapes.
/// </summary>
internal static class OperatorAuthEndpoints
{
    public static void Map(RouteGroupBuilder platform)
    {
        var auth = platform.MapGroup("/auth").WithTags("Platform auth");

        var signIn = auth.MapGroup("").RequireRateLimiting(AuthEndpoints.SignInRateLimit).AllowAnonymous();
        signIn.MapPost("/login", Login).WithName("PlatformLogin").WithSummary("Checks an operator's email and password; answers with the second-factor step or tokens.");
        signIn.MapPost("/2fa", SecondFactor).WithName("PlatformVerifySecondFactor").WithSummary("Completes an operator's sign-in with an authenticator code or a recovery code.");
        signIn.MapPost("/2fa/enroll", BeginEnrolment).WithName("PlatformBeginTwoFactorEnrolment").WithSummary("The authenticator key and QR code for an operator who must enrol.");
        signIn.MapPost("/2fa/enroll/confirm", ConfirmEnrolment).WithName("PlatformConfirmTwoFactorEnrolment").WithSummary("Turns on the operator's authenticator with a first code; returns tokens and 10 recovery codes.");
        signIn.MapPost("/refresh", Refresh).WithName("PlatformRefreshTokens").WithSummary("New tokens for an operator's refresh token; the old refresh token stops working.");

        var signedIn = auth.MapGroup("").RequirePlatformOperator();
        signedIn.MapPost("/logout", Logout).WithName("PlatformLogout").WithSummary("Closes the operator's session: its refresh token and access tokens stop working.");
        signedIn.MapGet("/me", Me).WithName("GetCurrentOperator").WithSummary("The signed-in operator.");
    }

    private static async Task<Results<Ok<LoginResponse>, ProblemHttpResult>> Login(
        LoginRequest request, OperatorSignIn signIn, OperatorSessions sessions, HttpContext http, IStringLocalizer<AccessResources> localizer, CancellationToken cancellationToken)
    {
        var client = ClientInfo.From(http);
        var step = await signIn.CheckPasswordAsync(request.Email, request.Password, client, cancellationToken);
        switch (step.Status)
        {
            case SignInStatus.TwoFactorRequired or SignInStatus.EnrolmentRequired:
                return TypedResults.Ok(new LoginResponse(true, step.Status == SignInStatus.EnrolmentRequired, step.Ticket, null, null, null));
            case SignInStatus.SignedIn:
                var tokens = await sessions.OpenApiAsync(step.Operator!, client, cancellationToken);
                return TypedResults.Ok(new LoginResponse(false, false, null, tokens.AccessToken, tokens.RefreshToken, tokens.ExpiresIn));
            default:
                return AuthEndpoints.Failure(step.Status, localizer);
        }
    }

    private static async Task<Results<Ok<TokenPair>, ProblemHttpResult>> SecondFactor(
        TwoFactorRequest request, OperatorSignIn signIn, OperatorSessions sessions, HttpContext http, IStringLocalizer<AccessResources> localizer, CancellationToken cancellationToken)
    {
        var client = ClientInfo.From(http);
        var step = await signIn.VerifySecondFactorAsync(request.TwoFactorToken, request.Code, request.RecoveryCode, client, cancellationToken);
        return step.Status == SignInStatus.SignedIn
            ? TypedResults.Ok(await sessions.OpenApiAsync(step.Operator!, client, cancellationToken))
            : AuthEndpoints.Failure(step.Status, localizer);
    }

    private static async Task<Results<Ok<EnrollResponse>, ProblemHttpResult>> BeginEnrolment(
        EnrollRequest request, OperatorSignIn signIn, IStringLocalizer<AccessResources> localizer, CancellationToken cancellationToken)
    {
        var enrolment = await signIn.BeginEnrolmentAsync(request.TwoFactorToken, cancellationToken);
        return enrolment is null
            ? AuthEndpoints.Failure(SignInStatus.TicketExpired, localizer)
            : TypedResults.Ok(new EnrollResponse(enrolment.SharedKey, enrolment.AuthenticatorUri, enrolment.QrCodeDataUrl));
    }

    private static async Task<Results<Ok<ConfirmEnrollResponse>, ProblemHttpResult>> ConfirmEnrolment(
        ConfirmEnrollRequest request, OperatorSignIn signIn, OperatorSessions sessions, HttpContext http, IStringLocalizer<AccessResources> localizer, CancellationToken cancellationToken)
    {
        var client = ClientInfo.From(http);
        var step = await signIn.CompleteEnrolmentAsync(request.TwoFactorToken, request.Code, client, cancellationToken);
        if (step.Status != SignInStatus.SignedIn)
        {
            return AuthEndpoints.Failure(step.Status, localizer);
        }

        var tokens = await sessions.OpenApiAsync(step.Operator!, client, cancellationToken);
        return TypedResults.Ok(new ConfirmEnrollResponse(tokens.AccessToken, tokens.RefreshToken, tokens.ExpiresIn, step.RecoveryCodes!));
    }

    private static async Task<Results<Ok<TokenPair>, ProblemHttpResult>> Refresh(
        RefreshRequest request, OperatorSessions sessions, HttpContext http, IStringLocalizer<AccessResources> localizer, CancellationToken cancellationToken)
    {
        var tokens = await sessions.RefreshAsync(request.RefreshToken, ClientInfo.From(http), cancellationToken);
        return tokens is null ? AuthEndpoints.RefreshFailure(localizer) : TypedResults.Ok(tokens);
    }

    private static async Task<NoContent> Logout(OperatorSessions sessions, CurrentOperator current, HttpContext http, CancellationToken cancellationToken)
    {
        await sessions.RevokeAsync(current.OperatorId!.Value, current.SessionId!.Value, ClientInfo.From(http), cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<OperatorResponse>> Me(CurrentOperator current, IDbContextFactory<CatalogDbContext> catalogs, CancellationToken cancellationToken)
    {
        await using var db = await catalogs.CreateDbContextAsync(cancellationToken);
        return TypedResults.Ok(await db.PlatformOperators
            .Where(o => o.Id == current.OperatorId)
            .Select(o => new OperatorResponse(o.Id, o.Email, o.FirstName, o.LastName, o.TwoFactorEnabled, o.LastSignInAt))
            .FirstAsync(cancellationToken));
    }
}
