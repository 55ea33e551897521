using MetaHub.Operators.Sessions;
using Microsoft.AspNetCore.Authorization;

namespace MetaHub.Operators.Authentication;

/// <summary>
/// Meets <see cref="ActiveOperatorRequirement"/> when <see cref="OperatorValidator"/> confirmed, in
/// this request's scope, the very operator and session the principal names.
/// </summary>
internal sealed class ActiveOperatorHandler(CurrentOperator current) : AuthorizationHandler<ActiveOperatorRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ActiveOperatorRequirement requirement)
    {
        if (OperatorClaims.Read(context.User) is var (operatorId, sessionId)
            && current.OperatorId == operatorId
            && current.SessionId == sessionId)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
