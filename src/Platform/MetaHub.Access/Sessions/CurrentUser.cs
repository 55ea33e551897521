using System.Collections.Frozen;
using MetaHub.Kernel.Security;

namespace MetaHub.Access.Sessions;

/// <summary>The scoped <see cref="ICurrentUser"/>, filled once the session behind the request is confirmed open.</summary>
internal sealed class CurrentUser : ICurrentUser
{
    public Guid? UserId { get; private set; }

    public Guid? SessionId { get; private set; }

    public Guid? CompanyId { get; private set; }

    public bool GroupView { get; private set; }

    public IReadOnlySet<string> Permissions { get; private set; } = FrozenSet<string>.Empty;

    public string? RoleKey { get; private set; }

    /// <summary>The module whose API key authenticated the request; null for a signed-in user.</summary>
    public string? ApiKeyModule { get; private set; }

    public string? ApiKeyPrefix { get; private set; }

    public void Set(Guid userId, Guid sessionId, Guid? companyId, bool groupView, string? roleKey, IReadOnlySet<string> permissions)
    {
        RoleKey = roleKey;
        UserId = userId;
        SessionId = sessionId;
        CompanyId = companyId;
        GroupView = groupView;
        Permissions = permissions;
    }

    /// <summary>A module's API key: no user, no company, only the module's permissions its scopes allow.</summary>
    public void SetApiKey(string module, string prefix, IReadOnlySet<string> permissions)
    {
        ApiKeyModule = module;
        ApiKeyPrefix = prefix;
        Permissions = permissions;
    }
}
