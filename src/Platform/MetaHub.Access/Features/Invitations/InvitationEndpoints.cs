using MetaHub.Access.Authorization;
using MetaHub.Access.Features.Account;
using MetaHub.Access.Features.Auth;
using MetaHub.Access.Resources;
using MetaHub.Kernel.Errors;
using MetaHub.Kernel.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;

namespace MetaHub.Access.Features.Invitations;

/// <summary>
/// <c>/api/v1/invitations</c>: inviting people into the active company; <c>/api/auth/invitations</c>:
/// the invited person's side, reached through the emailed link.
/// </summary>
internal static class InvitationEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var invitations = endpoints.MapGroup("/api/v1/invitations").WithTags("Users").RequirePermission(AccessPermissions.UsersManage);
        invitations.MapGet("", List).WithName("ListInvitations").WithSummary("The active company's open invitations.");
        invitations.MapPost("", Invite).WithName("Invite").ProducesValidationProblem()
            .WithSummary("Invites a person by email into the active company with a role; a newer invitation replaces an older one.");
        invitations.MapPost("/{id:guid}/resend", Resend).WithName("ResendInvitation").WithSummary("Mails a fresh link; the previous one stops working.");
        invitations.MapDelete("/{id:guid}", Revoke).WithName("RevokeInvitation").WithSummary("Withdraws an open invitation.");

        var link = endpoints.MapGroup("/api/auth/invitations").WithTags("Auth").RequireRateLimiting(AuthEndpoints.SignInRateLimit).AllowAnonymous();
        link.MapPost("/preview", Preview).WithName("PreviewInvitation").WithSummary("The company, role and address an invitation link is for.");
        link.MapPost("/accept", Accept).WithName("AcceptInvitation").ProducesValidationProblem()
            .WithSummary("Joins the company; a person without an account sets a password here and signs in next.");
    }

    private static async Task<Ok<List<InvitationResponse>>> List(InvitationService invitations, CancellationToken cancellationToken) =>
        TypedResults.Ok(await invitations.ListAsync(cancellationToken));

    private static async Task<Created<InvitationResponse>> Invite(
        InviteRequest request, InvitationService invitations, HttpContext http, CancellationToken cancellationToken)
    {
        var invitation = await invitations.InviteAsync(request, AccountEndpoints.SiteUrl(http.Request), cancellationToken);
        return TypedResults.Created($"/api/v1/invitations/{invitation.Id}", invitation);
    }

    private static async Task<Ok<InvitationResponse>> Resend(Guid id, InvitationService invitations, HttpContext http, CancellationToken cancellationToken) =>
        TypedResults.Ok(await invitations.ResendAsync(id, AccountEndpoints.SiteUrl(http.Request), cancellationToken));

    private static async Task<NoContent> Revoke(Guid id, InvitationService invitations, CancellationToken cancellationToken)
    {
        await invitations.RevokeAsync(id, cancellationToken);
        return TypedResults.NoContent();
    }

    // POST, not GET: the secret belongs in a body, never in an address that proxies and logs keep.
    private static async Task<Ok<InvitationPreview>> Preview(
        InvitationTokenRequest request, InvitationService invitations, IStringLocalizer<AccessResources> localizer, CancellationToken cancellationToken) =>
        TypedResults.Ok(await invitations.PreviewAsync(request.Token, cancellationToken)
            ?? throw new NotFoundException(localizer["invitations.invalid"]));

    private static async Task<Ok<AcceptInvitationResponse>> Accept(
        AcceptInvitationRequest request, InvitationService invitations, CancellationToken cancellationToken) =>
        TypedResults.Ok(await invitations.AcceptAsync(request, cancellationToken));
}
