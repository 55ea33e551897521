using MetaHub.Access.Domain;
using MetaHub.Access.Resources;
using MetaHub.Access.Sessions;
using MetaHub.Access.SignIn;
using MetaHub.Kernel.Auditing;
using MetaHub.Kernel.Data;
using MetaHub.Kernel.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace MetaHub.Access.Features.Auth;

/// <summary>
/// <c>/api/auth</c>: password → second factor (or enrolment) → tokens; refresh, logout, the
/// current user with companies and permissions, company switch, and the user's sessions.
/// </summary>
internal static class AuthEndpoints
{
    public const string SignInRateLimit = "sign-in";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var auth = endpoints.MapGroup("/api/auth").WithTags("Auth");

        var signIn = auth.MapGroup("").RequireRateLimiting(SignInRateLimit).AllowAnonymous();
        signIn.MapPost("/login", Login).WithName("Login").WithSummary("Checks email and password; answers with the second-factor step or tokens.");
        signIn.MapPost("/2fa", SecondFactor).WithName("VerifySecondFactor").WithSummary("Completes sign-in with an authenticator code or a recovery code.");
        signIn.MapPost("/2fa/enroll", BeginEnrolment).WithName("BeginTwoFactorEnrolment").WithSummary("The authenticator key and QR code for a user who must enrol.");
        signIn.MapPost("/2fa/enroll/confirm", ConfirmEnrolment).WithName("ConfirmTwoFactorEnrolment").WithSummary("Turns on the authenticator with a first code; returns tokens and 10 recovery codes.");
        signIn.MapPost("/refresh", Refresh).WithName("RefreshTokens").WithSummary("New tokens for a refresh token; the old refresh token stops working.");

        var signedIn = auth.MapGroup("").RequireAuthorization();
        signedIn.MapPost("/logout", Logout).WithName("Logout").WithSummary("Closes the current session: its refresh token and access tokens stop working.");
        signedIn.MapGet("/me", Me).WithName("GetCurrentUser").WithSummary("The user, tenant, active company, the user's companies and permissions.");
        signedIn.MapPost("/switch-company", SwitchCompany).WithName("SwitchCompany").WithSummary("Moves the session to another of the user's companies, or to the group view.");
        signedIn.MapGet("/sessions", Sessions).WithName("ListSessions").WithSummary("The user's open sessions.");
        signedIn.MapDelete("/sessions/{id:guid}", RevokeSession).WithName("RevokeSession").WithSummary("Signs one of the user's devices out.");
    }

    private static async Task<Results<Ok<LoginResponse>, ProblemHttpResult>> Login(
        LoginRequest request, SignInService signIn, SessionService sessions, HttpContext http, IStringLocalizer<AccessResources> localizer, CancellationToken cancellationToken)
    {
        var step = await signIn.CheckPasswordAsync(request.Email, request.Password, ClientInfo.From(http), cancellationToken);
        switch (step.Status)
        {
            case SignInStatus.TwoFactorRequired or SignInStatus.EnrolmentRequired:
                return TypedResults.Ok(new LoginResponse(true, step.Status == SignInStatus.EnrolmentRequired, step.Ticket, null, null, null));
            case SignInStatus.SignedIn:
                var tokens = await TokensAsync(step.User!, sessions, http, cancellationToken);
                return TypedResults.Ok(new LoginResponse(false, false, null, tokens.AccessToken, tokens.RefreshToken, tokens.ExpiresIn));
            default:
                return Failure(step.Status, localizer);
        }
    }

    private static async Task<Results<Ok<TokenPair>, ProblemHttpResult>> SecondFactor(
        TwoFactorRequest request, SignInService signIn, SessionService sessions, HttpContext http, IStringLocalizer<AccessResources> localizer, CancellationToken cancellationToken)
    {
        var step = await signIn.VerifySecondFactorAsync(request.TwoFactorToken, request.Code, request.RecoveryCode, ClientInfo.From(http), cancellationToken);
        return step.Status == SignInStatus.SignedIn
            ? TypedResults.Ok(await TokensAsync(step.User!, sessions, http, cancellationToken))
            : Failure(step.Status, localizer);
    }

    private static async Task<Results<Ok<EnrollResponse>, ProblemHttpResult>> BeginEnrolment(
        EnrollRequest request, SignInService signIn, IStringLocalizer<AccessResources> localizer)
    {
        var enrolment = await signIn.BeginEnrolmentAsync(request.TwoFactorToken);
        return enrolment is null
            ? Failure(SignInStatus.TicketExpired, localizer)
            : TypedResults.Ok(new EnrollResponse(enrolment.SharedKey, enrolment.AuthenticatorUri, enrolment.QrCodeDataUrl));
    }

    private static async Task<Results<Ok<ConfirmEnrollResponse>, ProblemHttpResult>> ConfirmEnrolment(
        ConfirmEnrollRequest request, SignInService signIn, SessionService sessions, HttpContext http, IStringLocalizer<AccessResources> localizer, CancellationToken cancellationToken)
    {
        var step = await signIn.CompleteEnrolmentAsync(request.TwoFactorToken, request.Code, ClientInfo.From(http), cancellationToken);
        if (step.Status != SignInStatus.SignedIn)
        {
            return Failure(step.Status, localizer);
        }

        var tokens = await TokensAsync(step.User!, sessions, http, cancellationToken);
        return TypedResults.Ok(new ConfirmEnrollResponse(tokens.AccessToken, tokens.RefreshToken, tokens.ExpiresIn, step.RecoveryCodes!));
    }

    private static async Task<Results<Ok<TokenPair>, ProblemHttpResult>> Refresh(
        RefreshRequest request, SessionService sessions, IStringLocalizer<AccessResources> localizer, CancellationToken cancellationToken)
    {
        var tokens = await sessions.RefreshAsync(request.RefreshToken, cancellationToken);
        return tokens is null ? RefreshFailure(localizer) : TypedResults.Ok(tokens);
    }

    private static async Task<NoContent> Logout(SessionService sessions, CurrentUser user, CancellationToken cancellationToken)
    {
        await sessions.RevokeAsync(user.UserId!.Value, user.SessionId!.Value, SecurityEvents.Logout, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<CurrentUserResponse>> Me(
        CurrentUser user, ITenantContext tenantContext, ITenantDbContextFactory databases, CancellationToken cancellationToken)
    {
        var tenant = tenantContext.Tenant!;
        await using var db = databases.CreateTenantWideDbContext();
        var profile = await db.Set<User>().AsNoTracking().FirstAsync(u => u.Id == user.UserId, cancellationToken);
        var companies = await UserCompanies.ListAsync(db, profile.Id, cancellationToken);
        return TypedResults.Ok(new CurrentUserResponse(
            new CurrentUserResponse.UserPart(profile.Id, profile.Email ?? "", profile.FirstName, profile.LastName, profile.TwoFactorEnabled),
            new CurrentUserResponse.TenantPart(tenant.Id, tenant.Slug, tenant.Name, tenant.SetupCompleted),
            user.CompanyId,
            user.GroupView,
            companies.Any(c => c.IsOwner),
            companies,
            [.. user.Permissions.Order(StringComparer.Ordinal)]));
    }

    private static async Task<Results<Ok<SwitchCompanyResponse>, ProblemHttpResult>> SwitchCompany(
        SwitchCompanyRequest request, SessionService sessions, CurrentUser user, IStringLocalizer<AccessResources> localizer, CancellationToken cancellationToken)
    {
        var switched = await sessions.SwitchAsync(user.UserId!.Value, user.SessionId!.Value, request.CompanyId, request.GroupView, cancellationToken);
        if (switched is not var (profile, session))
        {
            return TypedResults.Problem(localizer["auth.switchRefused"], statusCode: StatusCodes.Status403Forbidden, title: localizer["access.denied.title"]);
        }

        var token = sessions.Issue(profile, session);
        return TypedResults.Ok(new SwitchCompanyResponse(token.Value, token.ExpiresIn, session.CompanyId, session.GroupView));
    }

    private static async Task<Ok<List<SessionResponse>>> Sessions(SessionService sessions, CurrentUser user, CancellationToken cancellationToken)
    {
        var open = await sessions.ListOpenAsync(user.UserId!.Value, cancellationToken);
        return TypedResults.Ok(open
            .Select(s => new SessionResponse(s.Id, s.Kind.ToString(), s.IpAddress, s.UserAgent, s.CreatedAt, s.LastSeenAt, s.Id == user.SessionId))
            .ToList());
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RevokeSession(
        Guid id, SessionService sessions, CurrentUser user, IStringLocalizer<AccessResources> localizer, CancellationToken cancellationToken) =>
        await sessions.RevokeAsync(user.UserId!.Value, id, SecurityEvents.SessionRevoked, cancellationToken)
            ? TypedResults.NoContent()
            : TypedResults.Problem(localizer["sessions.notFound"], statusCode: StatusCodes.Status404NotFound);

    private static async Task<TokenPair> TokensAsync(User user, SessionService sessions, HttpContext http, CancellationToken cancellationToken)
    {
        var (session, refreshToken) = await sessions.OpenAsync(user, SessionKind.Api, ClientInfo.From(http), cancellationToken);
        return sessions.Tokens(user, session, refreshToken!);
    }

    /// <summary>The answer to a sign-in step that did not go through; the same for tenant users and platform operators.</summary>
    internal static ProblemHttpResult Failure(SignInStatus status, IStringLocalizer<AccessResources> localizer) => status switch
    {
        SignInStatus.NetworkRefused => TypedResults.Problem(localizer["auth.networkRefused"], statusCode: StatusCodes.Status403Forbidden, title: localizer["auth.failed.title"]),
        SignInStatus.TicketExpired => TypedResults.Problem(localizer["auth.ticketExpired"], statusCode: StatusCodes.Status401Unauthorized, title: localizer["auth.failed.title"]),
        _ => TypedResults.Problem(localizer["auth.failed"], statusCode: StatusCodes.Status401Unauthorized, title: localizer["auth.failed.title"]),
    };

    internal static ProblemHttpResult RefreshFailure(IStringLocalizer<AccessResources> localizer) =>
        TypedResults.Problem(localizer["auth.refreshFailed"], statusCode: StatusCodes.Status401Unauthorized, title: localizer["auth.failed.title"]);
}
