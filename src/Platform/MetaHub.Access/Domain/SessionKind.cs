namespace MetaHub.Access.Domain;

public enum SessionKind
{
    /// <summary>An API client holding a refresh token.</summary>
    Api,

    /// <summary>A browser signed in to the web UI with a cookie.</summary>
    Browser,
}
